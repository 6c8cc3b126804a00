package cn.qingyang.assistance.intake.roster;

import cn.qingyang.assistance.common.Texts;
import cn.qingyang.assistance.organisation.OrganisationGroups;
import cn.qingyang.assistance.security.CallerScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Imports a roster (花名册) upload: reads the file ({@link RosterReader}), then imports it at once
 * ({@link RosterImporter}) or, above {@code qingyang.roster.async-above-rows} data rows, in the
 * background ({@link RosterImportWorker}); and shows a background import to those who may see it.
 */
@Service
public class RosterImportService {

    private final RosterReader reader;
    private final RosterImporter importer;
    private final RosterImportWorker worker;
    private final RosterImportRepository imports;
    private final int asyncAboveRows;

    RosterImportService(RosterProperties properties, RosterImporter importer, RosterImportWorker worker,
                        RosterImportRepository imports) {
        this.reader = new RosterReader(properties.maxRows());
        this.importer = importer;
        this.worker = worker;
        this.imports = imports;
        this.asyncAboveRows = properties.asyncAboveRows();
    }

    /** The upload's answer: a finished result (small rosters) or the background import just started. */
    public record Outcome(RosterResult result, RosterImportView started) {
    }

    /**
     * Reads and imports an upload. {@code authentication} is the caller's engine authentication,
     * carried over to the background worker (built from the scope when null).
     *
     * @throws RosterException when the file as a whole is refused (nothing imported)
     */
    public Outcome upload(byte[] content, String fileName, String mode, CallerScope caller, Authentication authentication) {
        RosterFile file = reader.read(content, fileName);
        ImportMode importMode = ImportMode.fromCode(mode).orElseThrow(() -> new RosterException(HttpStatus.BAD_REQUEST,
                RosterException.MODE, "导入方式（mode）“" + mode + "”无效：应为 all_or_nothing（任一行有误则全部不导入，默认）"
                + "或 valid_rows（导入正确的行，列出有误的行）。", "mode"));
        if (file.rows().size() <= asyncAboveRows) {
            return new Outcome(importRoster(file, importMode, caller), null);
        }
        return new Outcome(null, worker.start(file, importMode, caller,
                authentication != null ? authentication : new Authentication(caller.userId(), caller.groups())));
    }

    /** Reads a roster file (for callers that import directly, e.g. the benchmark). */
    public RosterFile read(byte[] content, String fileName) {
        return reader.read(content, fileName);
    }

    /** Imports a roster in the calling thread. */
    public RosterResult importRoster(RosterFile file, ImportMode mode, CallerScope caller) {
        return importer.importRows(file, mode, caller, (processed, imported, duplicates, errors) -> {
        });
    }

    /** A background import, for its uploader, the county or an administrator. */
    public RosterImportView find(String id, CallerScope caller) {
        return imports.find(id)
                .filter(stored -> stored.uploadedBy().equals(caller.userId())
                        || caller.groups().contains(OrganisationGroups.COUNTY)
                        || caller.groups().contains(OrganisationGroups.ADMIN))
                .map(RosterImportRepository.StoredImport::view)
                .orElseThrow(() -> new RosterException(HttpStatus.NOT_FOUND, RosterException.NOT_FOUND,
                        "导入任务“" + Texts.abbreviate(id) + "”不存在，或您无权查看。", null));
    }
}
