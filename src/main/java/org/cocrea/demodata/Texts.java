package org.cocrea.demodata;

import java.util.List;
import java.util.random.RandomGenerator;

/** Word lists the generator draws names and titles from; Italian, as the municipalities Cocrea serves. */
final class Texts {
    private Texts() {}

    static final List<String> FIRST = List.of(
            "Giulia",
            "Marco",
            "Francesca",
            "Luca",
            "Chiara",
            "Alessandro",
            "Sara",
            "Matteo",
            "Martina",
            "Andrea",
            "Elena",
            "Davide",
            "Valentina",
            "Simone",
            "Alessia",
            "Federico",
            "Giorgia",
            "Lorenzo",
            "Anna",
            "Paolo",
            "Silvia",
            "Stefano",
            "Laura",
            "Roberto",
            "Ilaria",
            "Giovanni",
            "Marta",
            "Riccardo",
            "Beatrice",
            "Tommaso",
            "Aisha",
            "Mohamed",
            "Ioana",
            "Andrei",
            "Fatima",
            "Omar",
            "Li",
            "Wei",
            "Priya",
            "Kwame");

    static final List<String> LAST = List.of(
            "Rossi",
            "Russo",
            "Ferrari",
            "Esposito",
            "Bianchi",
            "Romano",
            "Colombo",
            "Ricci",
            "Marino",
            "Greco",
            "Bruno",
            "Gallo",
            "Conti",
            "De Luca",
            "Mancini",
            "Costa",
            "Giordano",
            "Rizzo",
            "Lombardi",
            "Moretti",
            "Barbieri",
            "Fontana",
            "Santoro",
            "Mariani",
            "Rinaldi",
            "Caruso",
            "Ferrara",
            "Galli",
            "Martini",
            "Leone",
            "Longo",
            "Gentile",
            "Martinelli",
            "Vitale",
            "Lombardo",
            "Serra",
            "Coppola",
            "De Santis",
            "Popescu",
            "Chen");

    static final List<String> TOWNS = List.of(
            "Valle Serena",
            "Borgo Alto",
            "Riva del Sole",
            "Monteverde",
            "Pianoro Nuovo",
            "Castelrosso",
            "Lago Chiaro",
            "San Martino al Piano",
            "Fontebella",
            "Poggio Lieto",
            "Acquaviva",
            "Torre del Colle");

    static final List<String> DEPARTMENTS = List.of("Servizi sociali", "Istituto comprensivo", "Parchi e mobilità");

    static final List<String> SUBJECTS = List.of(
            "percorsi ciclabili",
            "orti condivisi",
            "doposcuola",
            "centro anziani",
            "biblioteca di quartiere",
            "trasporto scolastico",
            "parco giochi inclusivo",
            "mensa scolastica",
            "sportello casa",
            "piazza del mercato",
            "sentiero lungo il fiume",
            "spazio giovani",
            "consultorio familiare",
            "assistenza domiciliare",
            "raccolta differenziata",
            "illuminazione pubblica",
            "teatro civico",
            "palestra comunale",
            "attraversamenti sicuri",
            "banco alimentare");

    static final List<String> PLACES = List.of(
            "del centro",
            "di San Rocco",
            "della stazione",
            "del quartiere Nord",
            "di Borgo Vecchio",
            "delle Fornaci",
            "del Prato",
            "di Porta Est",
            "della collina",
            "del lungolago",
            "di via Roma",
            "delle scuole");

    static final List<String> PHASE_WORDS =
            List.of("quali priorità", "progettiamo insieme", "realizziamo insieme", "valutiamo insieme");

    static final List<String> LEVEL_WORDS = List.of("percorso personale", "gruppo", "comunità");

    static final List<String> VERBS = List.of(
            "Rinnovare",
            "Aprire",
            "Ampliare",
            "Rendere sicuro",
            "Curare",
            "Illuminare",
            "Collegare",
            "Animare",
            "Rendere accessibile",
            "Ripensare");

    static final List<String> GOALS = List.of(
            "Camminare 30 minuti al giorno",
            "Ridurre le sigarette",
            "Frequentare il centro diurno",
            "Preparare pasti equilibrati",
            "Uscire con gli amici una volta a settimana",
            "Dormire otto ore",
            "Gestire le spese del mese",
            "Partecipare al gruppo di auto-aiuto",
            "Prendere i farmaci con regolarità");

    /** What −2..+2 would look like for a goal, −2 first: plain enough for any generated goal. */
    static List<String> gasLevels(String goal) {
        return List.of(
                "Molto meno del previsto: " + goal.toLowerCase(java.util.Locale.ITALIAN) + " quasi mai",
                "Meno del previsto: qualche volta al mese",
                "Come previsto: più volte a settimana",
                "Più del previsto: quasi ogni giorno",
                "Molto più del previsto: ogni giorno, in autonomia");
    }

    static <T> T pick(RandomGenerator random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    static String name(RandomGenerator random) {
        return pick(random, FIRST) + " " + pick(random, LAST);
    }

    static String subject(RandomGenerator random) {
        return pick(random, SUBJECTS) + " " + pick(random, PLACES);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
