package org.cocrea.platform;

import java.util.List;

/**
 * What waits for a person, for their personal home: each module that has something a person should do (cast a
 * ballot, sign a plan version, confirm an order, answer a request) implements this with one query (or a fixed few),
 * never one per initiative, so the home stays within its statement budget however many initiatives a person has.
 * The home sorts the items of every provider by due date, undated last.
 */
public interface ToDo {
    List<ToDoItem> forPerson(long personId);
}
