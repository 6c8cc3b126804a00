package cn.qingyang.assistance.intake.roster;

import java.util.List;

/** A roster read from an upload: what it was (xlsx or csv), its SHA-256 (hex) and its data rows. */
record RosterFile(String format, String sha256, List<RosterRow> rows) {

    /** The first 16 hex characters of the SHA-256: part of every row's external reference. */
    public String shortHash() {
        return sha256.substring(0, 16);
    }
}
