package org.cocrea.shifts;

import biweekly.component.VEvent;
import biweekly.property.Geo;
import biweekly.property.Status;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.ICalendars;
import org.springframework.stereotype.Component;

/**
 * A person's shifts as an iCalendar feed (RFC 5545), written with biweekly as the meetings tool's files (ADR 13, ADR
 * 17): one VEVENT per sign-up holding a place, UID {@code shift-signup-<id>@<host>}, SEQUENCE from the shift (bumped
 * when it or its activity changes), times in the organisation's zone with a VTIMEZONE from the JDK's rules, folded by
 * UTF-8 octets. The zone and folding code is the meetings tool's, copied (a module may not use another tool's
 * package; see ADR 17 for moving it to the platform).
 */
@Component
class ShiftCalendar {
    static final String PRODID = "-//Cocrea//Shifts 1.0//IT";
    private final ZoneId zone;
    private final String host;
    private final CocreaSettings settings;

    ShiftCalendar(CocreaSettings settings) {
        this.settings = settings;
        this.zone = settings.timeZone();
        this.host = settings.baseUrl().getHost();
    }

    String write(String name, List<MyShift> shifts) {
        var ical = ICalendars.published(PRODID, name, zone);
        var stamp = new Date();
        for (var s : shifts) {
            ical.addEvent(event(s, stamp));
        }
        return ICalendars.write(ical);
    }

    private VEvent event(MyShift s, Date stamp) {
        var event = new VEvent();
        event.setUid("shift-signup-" + s.signupId() + "@" + host);
        event.setDateTimeStamp(stamp);
        event.setSequence(s.sequence());
        event.setLastModified(Date.from(s.updatedAt().toInstant()));
        event.setSummary(s.minor() ? s.activityTitle() + " (" + s.minorName() + ")" : s.activityTitle());
        event.setDateStart(Date.from(s.startsAt().toInstant()), true);
        event.setDateEnd(Date.from(s.endsAt().toInstant()), true);
        event.setDescription(s.initiativeTitle());
        event.setUrl(settings.link(s.path()));
        event.setLocation(s.place());
        if (s.latitude() != null && s.longitude() != null) {
            event.setGeo(new Geo(s.latitude().doubleValue(), s.longitude().doubleValue()));
        }
        event.setStatus(Status.confirmed());
        return event;
    }
}
