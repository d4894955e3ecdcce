package org.cocrea.platform;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Images of initiatives, proposals and budget projects (ADR 10). A module checks an upload with {@link #check} while it
 * checks the rest of its form (each problem beside the field {@link #FILE} or {@link #ALT}), stores it with
 * {@link #store} in the transaction that links it to its owner, and shows it with {@link #pictures} (one statement
 * for a whole list) and the template {@code platform/picture.jte}. Images are served at {@code /images/{id}/{width}}
 * to whoever {@link ImageOwners} lets read them.
 */
@Service
public class Images {
    /** The form fields of an upload, the same in every form: {@code platform/image-field.jte} draws them. */
    public static final String FILE = "image";

    public static final String ALT = "imageAlt";
    public static final int MAX_ALT = 300;

    private final ImageRepository images;

    Images(ImageRepository images) {
        this.images = images;
    }

    /** An accepted upload, resized and re-encoded, with its alternative text in the writer's language. */
    public static final class Upload {
        private final ImageProcessing.Result result;
        private final String altEn;
        private final String altIt;

        private Upload(ImageProcessing.Result result, String altEn, String altIt) {
            this.result = result;
            this.altEn = altEn;
            this.altIt = altIt;
        }
    }

    /**
     * The upload checked: empty when no file was chosen (the alternative text is then ignored) or when it was refused,
     * in which case {@code problems} says why. A file needs an alternative text (screen readers read it) of at most
     * {@link #MAX_ALT} characters; it is taken to be in the language the page was shown in.
     */
    public Optional<Upload> check(MultipartFile file, String alt, List<Refused.Problem> problems) {
        if (file == null || file.isEmpty()) {
            return Optional.empty();
        }
        String text = alt == null ? "" : alt.strip();
        boolean ok = true;
        if (text.isEmpty()) {
            problems.add(new Refused.Problem(ALT, "images.alt.required"));
            ok = false;
        } else if (text.length() > MAX_ALT) {
            problems.add(new Refused.Problem(ALT, "images.alt.tooLong", MAX_ALT));
            ok = false;
        }
        ImageProcessing.Result result = null;
        if (file.getSize() > ImageProcessing.MAX_BYTES) {
            problems.add(new Refused.Problem(FILE, "images.tooBig", ImageProcessing.MAX_BYTES / (1024 * 1024)));
            ok = false;
        } else {
            try {
                result = ImageProcessing.process(file.getBytes());
            } catch (ImageProcessing.Unusable e) {
                problems.add(new Refused.Problem(FILE, e.key(), ImageProcessing.MAX_BYTES / (1024 * 1024)));
                ok = false;
            } catch (IOException e) {
                problems.add(new Refused.Problem(FILE, "images.unreadable"));
                ok = false;
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        boolean italian = Language.of(LocaleContextHolder.getLocale()) == Language.IT;
        return Optional.of(new Upload(result, italian ? null : text, italian ? text : null));
    }

    /**
     * Stores a checked upload for {@code ownerId}, the initiative whose readers may see it; call it inside the
     * transaction that links the image to what it shows.
     */
    public long store(long ownerId, Upload upload, Long uploadedBy) {
        return images.insert(ownerId, upload.altEn, upload.altIt, upload.result, uploadedBy);
    }

    /** For demo data: an image made in code, in both languages. */
    public long storeForDemo(long ownerId, byte[] bytes, String altEn, String altIt) {
        try {
            return images.insert(ownerId, altEn, altIt, ImageProcessing.process(bytes), null);
        } catch (ImageProcessing.Unusable e) {
            throw new IllegalArgumentException("a demo image must be usable: " + e.key(), e);
        }
    }

    /** The pictures of these images, by id, read in one statement. */
    public Map<Long, Picture> pictures(Collection<Long> ids) {
        return images.pictures(
                ids.stream().filter(java.util.Objects::nonNull).distinct().toList());
    }

    public Optional<Picture> picture(Long id) {
        return id == null
                ? Optional.empty()
                : Optional.ofNullable(pictures(List.of(id)).get(id));
    }

    /** Removes an image no longer shown (replaced or removed by its owner). */
    public void delete(Long id) {
        if (id != null) {
            images.delete(id);
        }
    }
}
