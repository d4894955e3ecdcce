package org.cocrea.platform;

import java.util.List;

/**
 * What one module has waiting for a moderator's decision (a proposal hidden after reports, a contested residence
 * claim...), for the administrators' queue at {@code /admin/moderation}. Each module that holds such things
 * implements this as a bean with one query; the queue only lists, and the decision is taken where the item's
 * {@link ModerationItem#link()} leads, in the owning module, which keeps its own rules. An implementation returns
 * only what {@code admin} may see under the visibility rules of its module (being an administrator opens no group
 * or individual initiative).
 */
public interface ModerationSource {
    List<ModerationItem> waiting(SignedInPerson admin);
}
