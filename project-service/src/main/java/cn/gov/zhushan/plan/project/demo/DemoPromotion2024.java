package cn.gov.zhushan.plan.project.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.zhushan.plan.project.promotion.PromotionRequests.ApprovalRequest;
import cn.gov.zhushan.plan.project.promotion.PromotionRequests.LeadRequest;
import cn.gov.zhushan.plan.project.promotion.PromotionRequests.TripRequest;

/**
 * 2024's investment promotion (双招双引) as demo data: 107 trips out (外出招商) meeting 110 companies
 * (考察洽谈企业), and 12 projects of 1亿元 or more approved (通过亿元以上项目): 4 industrial, one of them
 * 5亿元 or more, and one commercial project of 8亿元. The report gives no other amounts, dates or company
 * names beyond 新荣记, 木马轩逸 and 携程; the others here are placeholders that keep its counts.
 */
public final class DemoPromotion2024 {

    public static final int TRIPS = 107;
    public static final int COMPANIES = 110;

    /** sector, approved amount (yuan) of the 12 approved leads. */
    private static final String[][] APPROVED = {
            {"工业", "520000000"}, {"工业", "200000000"}, {"工业", "150000000"}, {"工业", "120000000"},
            {"商贸", "800000000"},
            {"文旅", "300000000"}, {"文旅", "160000000"}, {"健康", "250000000"}, {"创意设计", "130000000"},
            {"创意设计", "100000000"}, {"商务服务", "110000000"}, {"文旅", "180000000"}};
    private static final String[][] NAMED = {{"新荣记", "餐饮"}, {"木马轩逸设计中心", "创意设计"}, {"携程", "文旅"}};

    private DemoPromotion2024() {
    }

    public record DemoLead(String leadId, LeadRequest lead, ApprovalRequest approval) {
    }

    public record DemoTrip(String tripId, TripRequest trip) {
    }

    public static String leadId(int i) {
        return String.format("LD-2024-%03d", i + 1);
    }

    public static List<DemoLead> leads() {
        List<DemoLead> leads = new ArrayList<>();
        for (int i = 0; i < COMPANIES; i++) {
            ApprovalRequest approval = null;
            String sector = "陶瓷";
            String company = "招商企业" + (i + 1);
            if (i < APPROVED.length) {
                sector = APPROVED[i][0];
                approval = new ApprovalRequest(LocalDate.of(2024, 1 + i, 20), new BigDecimal(APPROVED[i][1]));
            } else if (i < APPROVED.length + NAMED.length) {
                company = NAMED[i - APPROVED.length][0];
                sector = NAMED[i - APPROVED.length][1];
            }
            BigDecimal intended = approval == null ? null : approval.approvedAmount();
            leads.add(new DemoLead(leadId(i), new LeadRequest(company, sector, intended), approval));
        }
        return leads;
    }

    /** Trip t meets company t (and returns to company t-1); the last trip also meets the last three companies. */
    public static List<DemoTrip> trips() {
        List<DemoTrip> trips = new ArrayList<>();
        String[] destinations = {"上海", "深圳", "杭州", "北京", "广州", "南昌"};
        for (int t = 0; t < TRIPS; t++) {
            List<String> met = new ArrayList<>(List.of(leadId(t)));
            if (t > 0) {
                met.add(leadId(t - 1));
            }
            if (t == TRIPS - 1) {
                for (int i = TRIPS; i < COMPANIES; i++) {
                    met.add(leadId(i));
                }
            }
            // about one trip every three days, 2 January to 19 November
            LocalDate date = LocalDate.of(2024, 1, 2).plusDays(3L * t);
            trips.add(new DemoTrip(String.format("TR-2024-%03d", t + 1),
                    new TripRequest(date, destinations[t % destinations.length], met)));
        }
        return trips;
    }
}
