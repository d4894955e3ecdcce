package org.cocrea.initiatives.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.cocrea.initiatives.Initiative;
import org.cocrea.platform.Images;
import org.cocrea.platform.Picture;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/** An initiative's cover image: chosen, replaced or removed by its owners and facilitators, shown on its page and cards. */
@Service
public class CoverImages {
    private final InitiativeService service;
    private final InitiativeRepository initiatives;
    private final Images images;
    private final TransactionTemplate tx;

    CoverImages(
            InitiativeService service,
            InitiativeRepository initiatives,
            Images images,
            PlatformTransactionManager transactions) {
        this.service = service;
        this.initiatives = initiatives;
        this.images = images;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * Sets a new cover (the old one is deleted) or, with {@code remove}, none. The file is checked and resized before
     * the transaction, which then only stores it; a refusal stores nothing.
     */
    public void change(SignedInPerson me, long id, MultipartFile file, String alt, boolean remove) {
        service.manageable(me, id);
        var problems = new ArrayList<Refused.Problem>();
        var upload = images.check(file, alt, problems);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        if (upload.isEmpty() && !remove) {
            throw new Refused(Images.FILE, "images.choose");
        }
        tx.executeWithoutResult(status -> {
            Initiative current = service.manageable(me, id);
            Long replaced = current.imageId();
            Long now = upload.map(u -> images.store(id, u, me.personId())).orElse(null);
            initiatives.setImage(id, now);
            images.delete(replaced);
            initiatives.touch(id);
        });
    }

    /** The cover, read with the initiative itself. */
    public Optional<Picture> cover(Initiative i) {
        return Optional.ofNullable(i.cover());
    }

    /** The covers of a page of initiatives by initiative id (read with them: no statement). */
    public Map<Long, Picture> covers(Collection<Initiative> list) {
        var covers = new java.util.HashMap<Long, Picture>();
        for (Initiative i : list) {
            if (i.cover() != null) {
                covers.put(i.id(), i.cover());
            }
        }
        return covers;
    }
}
