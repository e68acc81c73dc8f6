package cn.gov.zhushan.plan.livelihood.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import cn.gov.zhushan.plan.livelihood.demo.DemoDataset.DemoHousehold;
import cn.gov.zhushan.plan.livelihood.demo.DemoDataset.DemoPerson;
import cn.gov.zhushan.plan.livelihood.pii.ResidentId;

/**
 * Generates the 2024 beneficiaries of Zhushan District so that a year of monthly payments under the
 * programs' rules reproduces the report: dibao 6,634 households / 9,042 persons / 7,165.9万元, extreme-poverty
 * support 226 persons / 431.9万元, disability subsidies 443.83万元 (1,894 living + 1,994 care subsidies;
 * the living-subsidy recipients also receive the care subsidy). The data keeps the rules between programs
 * ({@code ProgramRules}): the living-subsidy recipients are members of dibao households, every care-subsidy recipient
 * has disability grade 1 or 2, and nobody in extreme-poverty support belongs to a dibao household. Same seed, same data.
 */
public final class DemoDataGenerator {

    public static final long SEED = 20240101L;

    static final int DIBAO_HOUSEHOLDS = 6_634;
    static final int DIBAO_PERSONS = 9_042;
    static final int URBAN_HOUSEHOLDS = 5_120;
    static final int TWO_PERSON = 1_800;
    static final int THREE_PERSON = 304;
    /** Dibao paid per month, cents: twelve months give 71,658,996.00 yuan = 7,165.9万元 at the report's precision. */
    static final long DIBAO_MONTHLY_CENTS = 597_158_300L;
    static final BigDecimal URBAN_STANDARD = new BigDecimal("900.00");
    static final BigDecimal RURAL_STANDARD = new BigDecimal("730.00");
    static final int EXTREME_POVERTY_PERSONS = 226;
    static final int DISABILITY_LIVING_PERSONS = 1_894;
    static final int DISABILITY_CARE_PERSONS = 1_994;

    private static final String[] COMMUNITIES = {"新村街道昌河社区", "新厂街道瓷都社区", "里村街道湖田社区", "竟成镇竟成社区",
            "珠山街道珠山社区", "太白园街道太白园社区", "石狮埠街道石狮埠社区", "周路口街道周路口社区"};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董余程";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国红梅志强春花";

    private final Random random = new Random(SEED);
    private final Set<String> ids = new HashSet<>();

    public DemoDataset generate() {
        List<DemoHousehold> households = new ArrayList<>();
        for (int i = 0; i < DIBAO_HOUSEHOLDS; i++) {
            int size = i < TWO_PERSON ? 2 : i < TWO_PERSON + THREE_PERSON ? 3 : 1;
            boolean urban = i % DIBAO_HOUSEHOLDS < URBAN_HOUSEHOLDS;
            String community = COMMUNITIES[random.nextInt(COMMUNITIES.length)];
            List<DemoPerson> members = new ArrayList<>();
            for (int m = 0; m < size; m++) {
                members.add(person(community, List.of()));
            }
            BigDecimal standard = urban ? URBAN_STANDARD : RURAL_STANDARD;
            // income per member: a spread around the level that makes the district's average benefit
            long incomeCents = Math.max(0, standard.movePointRight(2).longValue() - 66_000 + random.nextInt(30_001) - 15_000);
            households.add(new DemoHousehold(urban ? "DIBAO_URBAN" : "DIBAO_RURAL", urban ? "URBAN" : "RURAL", community,
                    members, BigDecimal.valueOf(incomeCents, 2)));
        }
        calibrate(households);
        // the living subsidy needs a dibao household: one member each of the first households gets both subsidies
        for (int i = 0; i < DISABILITY_LIVING_PERSONS; i++) {
            DemoHousehold h = households.get(i);
            List<DemoPerson> members = new ArrayList<>(h.members());
            int m = members.size() - 1;
            members.set(m, members.get(m).withPrograms(List.of("DISABILITY_CARE", "DISABILITY_LIVING"), 1 + i % 2));
            households.set(i, new DemoHousehold(h.programCode(), h.residence(), h.community(), members, h.monthlyIncomePerCapita()));
        }
        List<DemoPerson> individuals = new ArrayList<>();
        for (int i = 0; i < EXTREME_POVERTY_PERSONS; i++) {
            individuals.add(person(COMMUNITIES[random.nextInt(COMMUNITIES.length)], List.of("EXTREME_POVERTY")));
        }
        for (int i = DISABILITY_LIVING_PERSONS; i < DISABILITY_CARE_PERSONS; i++) {
            individuals.add(person(COMMUNITIES[random.nextInt(COMMUNITIES.length)], List.of("DISABILITY_CARE"))
                    .withPrograms(List.of("DISABILITY_CARE"), 1 + i % 2));
        }
        return new DemoDataset(households, individuals);
    }

    /**
     * Moves incomes by whole cents until the monthly dibao total is exactly {@link #DIBAO_MONTHLY_CENTS}:
     * first every household by the same step per member, then single-person households by one cent each.
     */
    private static void calibrate(List<DemoHousehold> households) {
        long gap = DIBAO_MONTHLY_CENTS - monthlyCents(households);
        for (int round = 0; round < 100 && Math.abs(gap) >= DIBAO_PERSONS; round++) {
            long perPerson = gap / DIBAO_PERSONS;
            for (int i = 0; i < households.size(); i++) {
                DemoHousehold h = households.get(i);
                households.set(i, withIncome(h, clamp(h, cents(h) - perPerson)));
            }
            gap = DIBAO_MONTHLY_CENTS - monthlyCents(households);
        }
        int n = households.size();
        for (int i = n - 1, guard = 0; gap != 0 && guard < 10 * n; i = (i - 1 + n) % n, guard++) {
            DemoHousehold h = households.get(i);
            long moved = clamp(h, cents(h) - Long.signum(gap));
            if (h.members().size() == 1 && moved != cents(h)) {
                households.set(i, withIncome(h, moved));
                gap -= Long.signum(gap);
            }
        }
        if (gap != 0) {
            throw new IllegalStateException("calibration did not converge");
        }
    }

    private static long cents(DemoHousehold h) {
        return h.monthlyIncomePerCapita().movePointRight(2).longValueExact();
    }

    /** Keeps an income eligible: at least zero and below the standard. */
    private static long clamp(DemoHousehold h, long cents) {
        long standard = ("URBAN".equals(h.residence()) ? URBAN_STANDARD : RURAL_STANDARD).movePointRight(2).longValue();
        return Math.max(0, Math.min(standard - 1, cents));
    }

    private static DemoHousehold withIncome(DemoHousehold h, long cents) {
        return new DemoHousehold(h.programCode(), h.residence(), h.community(), h.members(), BigDecimal.valueOf(cents, 2));
    }

    /** The dibao rule, in cents: (standard - income per member) x members, summed. */
    static long monthlyCents(List<DemoHousehold> households) {
        long total = 0;
        for (DemoHousehold h : households) {
            BigDecimal standard = "URBAN".equals(h.residence()) ? URBAN_STANDARD : RURAL_STANDARD;
            total += standard.subtract(h.monthlyIncomePerCapita()).movePointRight(2).longValueExact() * h.members().size();
        }
        return total;
    }

    private DemoPerson person(String community, List<String> programs) {
        String idNumber;
        do {
            int year = 1940 + random.nextInt(66);
            int month = 1 + random.nextInt(12);
            int day = 1 + random.nextInt(28);
            String first17 = String.format("360203%04d%02d%02d%03d", year, month, day, random.nextInt(1000));
            idNumber = first17 + ResidentId.checkCharacter(first17);
        } while (!ids.add(idNumber));
        String name = "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextBoolean() ? "" + GIVEN.charAt(random.nextInt(GIVEN.length())) : "");
        String phone = "1" + (3 + random.nextInt(6)) + String.format("%09d", random.nextInt(1_000_000_000));
        String address = community + (1 + random.nextInt(120)) + "栋" + (101 + random.nextInt(600)) + "室";
        return new DemoPerson(idNumber, name, phone, address, community, programs);
    }
}
