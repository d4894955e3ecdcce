package org.cocrea.pacts;

import java.util.List;
import org.cocrea.initiatives.GeometryText;

/** A stored pact as the form shows it for editing, with the hash of the text being edited. */
final class PactForms {
    private PactForms() {}

    static PactForm of(Pact p, List<Party> parties) {
        var association =
                parties.stream().filter(x -> x.role().equals(Party.ASSOCIATION)).findFirst();
        var office = parties.stream().filter(x -> x.role().equals(Party.OFFICE)).findFirst();
        return new PactForm(
                p.title(),
                p.complex() ? "true" : null,
                p.goodKind(),
                p.goodDescription(),
                p.geometryKind(),
                GeometryText.text(GeometryText.positionsOf(p.geometry())),
                p.objectives(),
                p.actions(),
                p.startsOn().toString(),
                p.endsOn().toString(),
                p.renewal(),
                p.provides(),
                p.providesText(),
                String.valueOf(p.reportEveryMonths()),
                p.safety(),
                p.suspension(),
                parties.stream()
                        .filter(x -> x.role().equals(Party.CITIZEN))
                        .map(x -> String.valueOf(x.personId()))
                        .toList(),
                association.map(Party::bodyName).orElse(""),
                association.map(x -> String.valueOf(x.personId())).orElse(""),
                office.map(Party::bodyName).orElse(""),
                office.map(x -> String.valueOf(x.personId())).orElse(""),
                p.textSha256());
    }
}
