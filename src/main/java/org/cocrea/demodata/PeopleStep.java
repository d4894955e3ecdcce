package org.cocrea.demodata;

import java.util.ArrayList;
import java.util.Random;
import org.cocrea.accounts.BulkPeople;
import org.cocrea.platform.Language;
import org.springframework.stereotype.Component;

/** Accounts: the generated people, verified, through {@link BulkPeople}. */
@Component
class PeopleStep implements Step {
    private final BulkPeople people;
    private final Batches batches;

    PeopleStep(BulkPeople people, Batches batches) {
        this.people = people;
        this.batches = batches;
    }

    @Override
    public String name() {
        return "people";
    }

    @Override
    public void run(Run r) {
        int size = 1000;
        int total = r.n.people();
        batches.run(r, "people", Batches.count(total, size), total, b -> Batches.sizeOf(b, total, size), b -> {
            Random random = r.random("people", b);
            var list = new ArrayList<BulkPeople.NewPerson>();
            for (int i = b * size; i < b * size + Batches.sizeOf(b, total, size); i++) {
                var language = random.nextInt(5) == 0 ? Language.EN : Language.IT;
                list.add(new BulkPeople.NewPerson(Run.email(i), Texts.name(random), language));
            }
            people.createVerified(list, Generator.PASSWORD);
        });
        r.personIds = people.idsInEmailDomain(Generator.DOMAIN);
        if (r.personIds.size() != total) {
            throw new IllegalStateException("expected " + total + " generated people, found " + r.personIds.size());
        }
    }
}
