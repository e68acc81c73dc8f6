package cn.gov.zhushan.plan.livelihood.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import cn.gov.zhushan.plan.livelihood.demo.DemoDataset.DemoPerson;
import cn.gov.zhushan.plan.livelihood.employment.EmploymentType;
import cn.gov.zhushan.plan.livelihood.pii.ResidentId;

/**
 * Generates a year of synthetic employment data matching the report's figures: for 2024, 31 stations
 * (就业之家 "5+2"), postings offering 5,722 positions and guaranteed loans disbursed for 1.08亿元 in total.
 * Every employer, applicant and ID number is invented; the IDs merely have valid check digits. Same seed,
 * same data, and the document ids are fixed, so a load can be checked item by item and resumed.
 */
public final class EmploymentDemoGenerator {

    public static final long SEED = 20240601L;

    /**
     * What to generate.
     *
     * @param stationPrefix  station ids are {@code <prefix>-01...}
     * @param loanTotalYuan  the loans' total, yuan; a multiple of 10,000 (loans are whole 万元)
     */
    public record Targets(int year, String stationPrefix, int stations, int positions, int loans, long loanTotalYuan) {

        /** The report's 2024 figures: 31 stations, 5,722 jobs, 1.08亿元 of guaranteed loans (540 loans of 5-30万元). */
        public static Targets report2024() {
            return new Targets(2024, "ZS-JYZJ", 31, 5_722, 540, 108_000_000L);
        }
    }

    public record DemoStation(String id, String name, String community, String address, String openingHours, LocalDate openedOn) {
    }

    /** @param salaryMin, salaryMax yuan per month */
    public record DemoPosting(String id, String title, String hiringOrganization, String jobLocation, String stationId,
                              BigDecimal salaryMin, BigDecimal salaryMax, EmploymentType employmentType, LocalDate datePosted,
                              LocalDate validThrough, int numberOfPositions) {
    }

    /** @param amount yuan */
    public record DemoLoan(String id, DemoPerson applicant, BigDecimal amount, String bank, LocalDate appliedOn,
                           LocalDate approvedOn, LocalDate grantedOn) {
    }

    public record Dataset(int year, List<DemoStation> stations, List<DemoPosting> postings, List<DemoLoan> loans) {
    }

    private static final int MIN_LOAN_WAN = 5;
    private static final int MAX_LOAN_WAN = 30;
    private static final String[] COMMUNITIES = {"昌河社区", "瓷都社区", "湖田社区", "竟成社区", "珠山社区", "太白园社区",
            "石狮埠社区", "周路口社区", "新厂社区", "里村社区", "洪家山社区", "莲花山社区", "景瑶社区", "新村社区", "人民广场社区",
            "中华路社区", "胜利路社区", "新华社区", "金鱼池社区", "曙光社区", "青塘社区", "东郊社区", "西郊社区", "南山社区",
            "北站社区", "龙珠阁社区", "御窑社区", "陶阳社区", "三闾庙社区", "枫树山社区", "朝阳社区"};
    private static final String[] TITLES = {"陶瓷彩绘工", "拉坯成型工", "电商客服", "仓库管理员", "快递分拣员", "收银员",
            "餐厅服务员", "保洁员", "养老护理员", "电工", "货车驾驶员", "出纳", "销售代表", "直播运营助理", "物业管理员",
            "幼儿园保育员", "包装工", "质检员", "酒店前台", "社区网格员"};
    private static final String[] EMPLOYER_PREFIX = {"昌南", "瓷都", "御窑", "陶源", "青花", "玲珑", "景瑶", "珠山", "昌江", "浮梁"};
    private static final String[] EMPLOYER_SUFFIX = {"陶瓷有限公司", "物流有限公司", "商贸有限公司", "餐饮管理有限公司",
            "电子商务有限公司", "家政服务有限公司", "物业服务有限公司", "文化传媒有限公司"};
    private static final String[] BANKS = {"中国工商银行景德镇分行", "中国农业银行景德镇分行", "中国建设银行景德镇分行",
            "中国银行景德镇分行", "江西银行景德镇分行", "景德镇农村商业银行", "中国邮政储蓄银行景德镇市分行"};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董余程";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国红梅志春花";

    private final Random random = new Random(SEED);

    public Dataset generate(Targets t) {
        if (t.loanTotalYuan() % 10_000 != 0 || t.loanTotalYuan() / 10_000 < (long) t.loans() * MIN_LOAN_WAN
                || t.loanTotalYuan() / 10_000 > (long) t.loans() * MAX_LOAN_WAN) {
            throw new IllegalArgumentException("The loan total must be whole 万元 and reachable with loans of 5-30万元.");
        }
        List<DemoStation> stations = new ArrayList<>();
        for (int i = 0; i < t.stations(); i++) {
            String community = COMMUNITIES[i % COMMUNITIES.length];
            stations.add(new DemoStation(String.format("%s-%02d", t.stationPrefix(), i + 1), community + "就业之家", community,
                    "景德镇市珠山区" + community + "党群服务中心" + (1 + random.nextInt(3)) + "楼",
                    "Mo-Fr 08:30-12:00,14:30-17:30", LocalDate.of(t.year() - 1, 1 + random.nextInt(12), 1)));
        }
        List<DemoPosting> postings = new ArrayList<>();
        int remaining = t.positions();
        while (remaining > 0) {
            int positions = Math.min(remaining, 1 + random.nextInt(random.nextInt(4) == 0 ? 40 : 12));
            remaining -= positions;
            DemoStation station = stations.get(random.nextInt(stations.size()));
            LocalDate posted = LocalDate.ofYearDay(t.year(), 1 + random.nextInt(LocalDate.of(t.year(), 1, 1).lengthOfYear()));
            BigDecimal min = BigDecimal.valueOf(2_000 + 100L * random.nextInt(41)).setScale(2);
            BigDecimal max = min.add(BigDecimal.valueOf(500 + 100L * random.nextInt(26)));
            postings.add(new DemoPosting(String.format("DEMO-%d-JP-%05d", t.year(), postings.size() + 1),
                    TITLES[random.nextInt(TITLES.length)], employer(), "景德镇市珠山区" + station.community(), station.id(),
                    min, max, employmentType(), posted, posted.plusDays(30 + random.nextInt(61)), positions));
        }
        return new Dataset(t.year(), stations, postings, loans(t));
    }

    private List<DemoLoan> loans(Targets t) {
        int[] wan = new int[t.loans()];
        long gap = t.loanTotalYuan() / 10_000;
        for (int i = 0; i < wan.length; i++) {
            wan[i] = MIN_LOAN_WAN + random.nextInt(MAX_LOAN_WAN - MIN_LOAN_WAN + 1);
            gap -= wan[i];
        }
        // move whole 万元 until the total is exact, keeping every loan within 5-30万元
        for (int i = 0; gap != 0; i = (i + 1) % wan.length) {
            if (gap > 0 && wan[i] < MAX_LOAN_WAN) {
                wan[i]++;
                gap--;
            } else if (gap < 0 && wan[i] > MIN_LOAN_WAN) {
                wan[i]--;
                gap++;
            }
        }
        Set<String> ids = new HashSet<>();
        List<DemoLoan> loans = new ArrayList<>();
        for (int i = 0; i < wan.length; i++) {
            LocalDate granted = LocalDate.ofYearDay(t.year(), 1 + random.nextInt(LocalDate.of(t.year(), 1, 1).lengthOfYear()));
            loans.add(new DemoLoan(String.format("DEMO-%d-LN-%04d", t.year(), i + 1), applicant(ids),
                    BigDecimal.valueOf(wan[i] * 10_000L).setScale(2), BANKS[random.nextInt(BANKS.length)],
                    granted.minusDays(14 + random.nextInt(27)), granted.minusDays(1 + random.nextInt(10)), granted));
        }
        return loans;
    }

    private String employer() {
        return EMPLOYER_PREFIX[random.nextInt(EMPLOYER_PREFIX.length)] + EMPLOYER_SUFFIX[random.nextInt(EMPLOYER_SUFFIX.length)];
    }

    private EmploymentType employmentType() {
        int r = random.nextInt(100);
        return r < 70 ? EmploymentType.FULL_TIME : r < 82 ? EmploymentType.PART_TIME : r < 90 ? EmploymentType.TEMPORARY
                : r < 96 ? EmploymentType.CONTRACTOR : EmploymentType.INTERN;
    }

    private DemoPerson applicant(Set<String> ids) {
        String idNumber;
        do {
            String first17 = String.format("360203%04d%02d%02d%03d", 1965 + random.nextInt(36), 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(1000));
            idNumber = first17 + ResidentId.checkCharacter(first17);
        } while (!ids.add(idNumber));
        String community = COMMUNITIES[random.nextInt(COMMUNITIES.length)];
        String name = "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextBoolean() ? "" + GIVEN.charAt(random.nextInt(GIVEN.length())) : "");
        String phone = "1" + (3 + random.nextInt(6)) + String.format("%09d", random.nextInt(1_000_000_000));
        return new DemoPerson(idNumber, name, phone, "景德镇市珠山区" + community + (1 + random.nextInt(80)) + "栋", community, List.of());
    }
}
