package org.cocrea.meetings;

import java.util.List;
import org.cocrea.initiatives.ToolAccess;
import org.springframework.stereotype.Service;

/**
 * What other modules may read of a meetings instance (the JSON API of {@code api}): its meetings as the list page
 * shows them to anyone who may open the instance, by start. The online link stays for the registered (the
 * meeting's page shows it only to them): callers must not publish {@link Meeting#onlineLink()}.
 */
@Service
public class Meetings {
    private final MeetingRepository meetings;

    Meetings(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    /** The meetings of the opened instance, cancelled ones included (the list shows them marked), one statement. */
    public List<Meeting> of(ToolAccess access) {
        if (!access.instance().toolId().equals(MeetingsTool.ID)) {
            throw new IllegalArgumentException(
                    "not a meetings tool: " + access.instance().toolId());
        }
        return meetings.of(access.id());
    }
}
