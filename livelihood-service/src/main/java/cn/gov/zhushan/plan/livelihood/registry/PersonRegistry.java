package cn.gov.zhushan.plan.livelihood.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import cn.gov.zhushan.plan.livelihood.pii.AgeBand;
import cn.gov.zhushan.plan.livelihood.pii.Masking;
import cn.gov.zhushan.plan.livelihood.pii.PersonalDataAccess;
import cn.gov.zhushan.plan.livelihood.pii.PiiAuditor;
import cn.gov.zhushan.plan.livelihood.pii.PiiCipher;
import cn.gov.zhushan.plan.livelihood.pii.ResidentId;
import cn.gov.zhushan.plan.platform.web.ConflictException;
import cn.gov.zhushan.plan.platform.web.NotFoundException;
import cn.gov.zhushan.plan.platform.time.PlatformTime;

/** Registers persons with sealed personal data, finds them by blind index, and hands out masked or audited views. */
@Service
public class PersonRegistry {

    static final String ID_NUMBER_INDEX = "resident-id";
    static final List<String> PII_FIELDS = List.of("idNumber", "name", "phone", "address");
    static final List<String> LOOKUP_FIELDS = List.of("idNumber");
    private static final ZoneId DISTRICT_TIME = PlatformTime.DISTRICT_ZONE;

    private final PersonRepository persons;
    private final PiiCipher cipher;
    private final PiiAuditor auditor;
    private final Clock clock;

    public PersonRegistry(PersonRepository persons, PiiCipher cipher, PiiAuditor auditor, Clock clock) {
        this.persons = persons;
        this.cipher = cipher;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** Registers a person; a second registration of the same ID number is refused (409), so nobody is in the registry twice. */
    public Person register(PersonRequests.RegisterPerson request, String registeredBy) {
        Person person = seal(request, registeredBy);
        if (persons.findByIdNumberIndex(person.idNumberIndex()).isPresent()) {
            throw new ConflictException("A person with this ID number is already registered.");
        }
        try {
            return persons.insert(person);
        } catch (DuplicateKeyException e) { // a concurrent registration won; the unique blind index decided
            throw new ConflictException("A person with this ID number is already registered.");
        }
    }

    /** Builds the sealed document without storing it (the demo generator inserts in bulk). */
    public Person seal(PersonRequests.RegisterPerson request, String registeredBy) {
        ResidentId residentId = ResidentId.parse(request.idNumber())
                .orElseThrow(() -> new IllegalArgumentException("invalid resident id"));
        String id = UUID.randomUUID().toString();
        Person person = new Person(id, indexOf(residentId.value()), residentId.birthDate().getYear(),
                residentId.sex().name(), request.community(), Instant.now(clock), registeredBy);
        person.disabilityGrade(request.disabilityGrade());
        person.sealed(cipher.encrypt(residentId.value(), context(id, "idNumber")),
                cipher.encrypt(request.name(), context(id, "name")),
                cipher.encrypt(request.phone(), context(id, "phone")),
                cipher.encrypt(request.address(), context(id, "address")));
        return person;
    }

    public String indexOf(String idNumber) {
        return cipher.blindIndex(ID_NUMBER_INDEX, idNumber.strip().toUpperCase());
    }

    public Optional<Person> findByIdNumber(String idNumber) {
        return persons.findByIdNumberIndex(indexOf(idNumber));
    }

    /**
     * The lookup by ID number: it tells whether a number is registered, so it is audited like an unmasked read,
     * hit or miss (a miss has no record id), before the answer leaves the service.
     */
    public Optional<PersonView> lookup(String idNumber, PersonalDataAccess access) {
        Optional<Person> found = findByIdNumber(idNumber);
        auditor.unmaskedRead(access, "person-lookup", found.map(Person::id).orElse(null), LOOKUP_FIELDS);
        return found.map(this::masked);
    }

    public Person get(String id) {
        return persons.findById(id).orElseThrow(() -> new NotFoundException("No person with id " + id + "."));
    }

    /** Masked: the last four characters of the ID number and an age band, never the birth year or date. */
    public PersonView masked(Person person) {
        String idNumber = cipher.decrypt(person.idNumberEnc(), context(person.id(), "idNumber"));
        return new PersonView(person.id(), Masking.idNumber(idNumber),
                Masking.name(cipher.decrypt(person.nameEnc(), context(person.id(), "name"))),
                Masking.phone(cipher.decrypt(person.phoneEnc(), context(person.id(), "phone"))),
                Masking.address(person.addressEnc()), person.community(), ageBand(idNumber), null, null, person.sex(),
                person.householdId(), true);
    }

    /** The full record; the read is audited first, so data that could not be audited is never returned. */
    public PersonView unmasked(Person person, PersonalDataAccess access) {
        auditor.unmaskedRead(access, "person", person.id(), PII_FIELDS);
        String idNumber = cipher.decrypt(person.idNumberEnc(), context(person.id(), "idNumber"));
        return new PersonView(person.id(), idNumber, cipher.decrypt(person.nameEnc(), context(person.id(), "name")),
                cipher.decrypt(person.phoneEnc(), context(person.id(), "phone")),
                cipher.decrypt(person.addressEnc(), context(person.id(), "address")), person.community(),
                ageBand(idNumber), person.birthYear(), ResidentId.parse(idNumber).map(ResidentId::birthDate).orElse(null),
                person.sex(), person.householdId(), false);
    }

    private String ageBand(String idNumber) {
        return ResidentId.parse(idNumber).map(id -> AgeBand.of(id.birthDate(), LocalDate.now(clock.withZone(DISTRICT_TIME))))
                .orElse(null);
    }

    /** The exact birth date, for age rules (decrypted in memory, never returned). */
    public java.time.LocalDate birthDate(Person person) {
        return ResidentId.parse(cipher.decrypt(person.idNumberEnc(), context(person.id(), "idNumber")))
                .map(ResidentId::birthDate).orElseThrow();
    }

    static String context(String personId, String field) {
        return "persons/" + personId + "/" + field;
    }
}
