package cn.gov.zhushan.plan.livelihood.registry;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.livelihood.pii.PersonalDataAccess;
import cn.gov.zhushan.plan.livelihood.pii.PersonalDataRequests;
import cn.gov.zhushan.plan.platform.web.NotFoundException;
import cn.gov.zhushan.plan.platform.web.PageView;

/** Persons and households. Responses are masked; {@code /persons/{id}/pii} needs {@code livelihood:pii} and is audited. */
@RestController
@Validated
@RequestMapping("/api/v1/livelihood")
class RegistryController {

    private static final String ID = "[A-Za-z0-9-]{1,64}";

    private final PersonRegistry persons;
    private final PersonRepository personRepository;
    private final HouseholdRegistry households;

    RegistryController(PersonRegistry persons, PersonRepository personRepository, HouseholdRegistry households) {
        this.persons = persons;
        this.personRepository = personRepository;
        this.households = households;
    }

    @PostMapping("/persons")
    ResponseEntity<PersonView> register(@Valid @RequestBody PersonRequests.RegisterPerson request,
                                        @AuthenticationPrincipal Jwt caller) {
        Person person = persons.register(request, caller.getSubject());
        return ResponseEntity.created(URI.create("/api/v1/livelihood/persons/" + person.id())).body(persons.masked(person));
    }

    /**
     * Finds a person by ID number (in the body, so it never lands in a URL or access log); masked. Whether a
     * number is registered is itself personal data: the lookup needs {@code livelihood:pii}, is rate limited per
     * client and audited, hit or miss.
     */
    @PostMapping("/persons/lookup")
    PersonView lookup(@Valid @RequestBody PersonRequests.Lookup request, HttpServletRequest http) {
        return persons.lookup(request.idNumber(), PersonalDataAccess.of(http))
                .orElseThrow(() -> new NotFoundException("No person with this ID number."));
    }

    @GetMapping("/persons")
    PageView<PersonView> list(@RequestParam(required = false) @Size(max = 60) String community,
                              @RequestParam(defaultValue = "0") @Min(0) int page,
                              @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        PageRequest request = PageRequest.of(page, size, Sort.by("registeredAt", "_id"));
        var result = community == null ? personRepository.findAll(request) : personRepository.findByCommunity(community, request);
        return PageView.of(result.map(persons::masked));
    }

    /** Masked; {@code ?unmasked=true} is the same audited read as {@code /pii} (the security rules treat it so). */
    @GetMapping("/persons/{id}")
    PersonView get(@PathVariable @Pattern(regexp = ID) String id, HttpServletRequest request) {
        Person person = persons.get(id);
        return PersonalDataRequests.asksUnmasked(request) ? persons.unmasked(person, PersonalDataAccess.of(request))
                : persons.masked(person);
    }

    @GetMapping("/persons/{id}/pii")
    PersonView unmasked(@PathVariable @Pattern(regexp = ID) String id, HttpServletRequest request) {
        return persons.unmasked(persons.get(id), PersonalDataAccess.of(request));
    }

    @PostMapping("/households")
    ResponseEntity<HouseholdView> registerHousehold(@Valid @RequestBody PersonRequests.RegisterHousehold request) {
        Household household = households.register(request);
        return ResponseEntity.created(URI.create("/api/v1/livelihood/households/" + household.id())).body(HouseholdView.of(household));
    }

    @GetMapping("/households/{id}")
    HouseholdView household(@PathVariable @Pattern(regexp = ID) String id) {
        return HouseholdView.of(households.get(id));
    }

    @PutMapping("/households/{id}")
    HouseholdView updateHousehold(@PathVariable @Pattern(regexp = ID) String id,
                              @Valid @RequestBody PersonRequests.UpdateHousehold request) {
        return HouseholdView.of(households.update(id, request));
    }
}
