package cn.gov.zhushan.plan.livelihood.demo;

import java.math.BigDecimal;
import java.util.List;

/** Synthetic beneficiaries generated with a fixed seed. Every person is invented; their ID numbers merely have valid check digits. */
public record DemoDataset(List<DemoHousehold> households, List<DemoPerson> individuals) {

    /** @param disabilityGrade 1 (most severe) to 4, or null */
    public record DemoPerson(String idNumber, String name, String phone, String address, String community,
                             List<String> programs, Integer disabilityGrade) {

        public DemoPerson(String idNumber, String name, String phone, String address, String community, List<String> programs) {
            this(idNumber, name, phone, address, community, programs, null);
        }

        DemoPerson withPrograms(List<String> programs, Integer disabilityGrade) {
            return new DemoPerson(idNumber, name, phone, address, community, programs, disabilityGrade);
        }
    }

    /**
     * A dibao household: the program, its members (the first is the head; a member's own programs, e.g. the disability
     * subsidies, are enrolled for that member) and income per member, yuan per month.
     */
    public record DemoHousehold(String programCode, String residence, String community, List<DemoPerson> members,
                                BigDecimal monthlyIncomePerCapita) {
    }
}
