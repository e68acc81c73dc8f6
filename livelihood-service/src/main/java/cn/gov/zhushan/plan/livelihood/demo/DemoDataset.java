package cn.gov.zhushan.plan.livelihood.demo;

import java.math.BigDecimal;
import java.util.List;

/** Synthetic beneficiaries generated with a fixed seed. Every person is invented; their ID numbers merely have valid check digits. */
public record DemoDataset(List<DemoHousehold> households, List<DemoPerson> individuals) {

    public record DemoPerson(String idNumber, String name, String phone, String address, String community,
                             List<String> programs) {
    }

    /** A dibao household: the program, its members (the first is the head) and income per member, yuan per month. */
    public record DemoHousehold(String programCode, String residence, String community, List<DemoPerson> members,
                                BigDecimal monthlyIncomePerCapita) {
    }
}
