package cn.gov.zhushan.plan.livelihood.registry;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A registered person. The ID number, name, phone and address are stored only as AES-GCM ciphertexts;
 * {@code idNumberIndex} (an HMAC blind index, unique) finds and dedupes a person by ID number. Birth
 * year and sex (derived from the ID) stay readable for eligibility and statistics.
 */
@Document("persons")
public class Person {

    @Id
    private String id;
    private String idNumberIndex;
    private String idNumberEnc;
    private String nameEnc;
    private String phoneEnc;
    private String addressEnc;
    private int birthYear;
    private String sex;
    private String community;
    private String householdId;
    /** Disability grade 1 (most severe) to 4, or null: kept readable like the birth year, as eligibility needs it. */
    private Integer disabilityGrade;
    private Instant registeredAt;
    private String registeredBy;
    @Version
    private Long version;

    protected Person() {
    }

    Person(String id, String idNumberIndex, int birthYear, String sex, String community, Instant registeredAt,
           String registeredBy) {
        this.id = id;
        this.idNumberIndex = idNumberIndex;
        this.birthYear = birthYear;
        this.sex = sex;
        this.community = community;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
    }

    void sealed(String idNumberEnc, String nameEnc, String phoneEnc, String addressEnc) {
        this.idNumberEnc = idNumberEnc;
        this.nameEnc = nameEnc;
        this.phoneEnc = phoneEnc;
        this.addressEnc = addressEnc;
    }

    void disabilityGrade(Integer grade) {
        this.disabilityGrade = grade;
    }

    public void joinHousehold(String householdId) {
        this.householdId = householdId;
    }

    public String id() { return id; }
    public String idNumberIndex() { return idNumberIndex; }
    String idNumberEnc() { return idNumberEnc; }
    String nameEnc() { return nameEnc; }
    String phoneEnc() { return phoneEnc; }
    String addressEnc() { return addressEnc; }
    public int birthYear() { return birthYear; }
    public String sex() { return sex; }
    public String community() { return community; }
    public String householdId() { return householdId; }
    public Integer disabilityGrade() { return disabilityGrade; }
    public Instant registeredAt() { return registeredAt; }
}
