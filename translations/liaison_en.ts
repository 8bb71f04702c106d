<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionListModel</name>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (overdue)</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <source>Edit Agreement</source>
        <translation>Edit Agreement</translation>
    </message>
    <message>
        <source>New Agreement</source>
        <translation>New Agreement</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>e.g. memorandum of cooperation</source>
        <translation>e.g. memorandum of cooperation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD, YYYY-MM or YYYY</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Text online</source>
        <translation>Text online</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Dialogue</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Cited articles</source>
        <translation>Cited articles</translation>
    </message>
</context>
<context>
    <name>AgreementTableModel</name>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Other title</source>
        <translation>Other title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Dialogue</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The attachment has no name. Give the file a name and add it again.</source>
        <translation>The attachment has no name. Give the file a name and add it again.</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: its name is %2 characters long, more than %3. Rename the file and add it again.</source>
        <translation>“%1” cannot be attached: its name is %2 characters long, more than %3. Rename the file and add it again.</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: its name contains a NUL character at position %2.</source>
        <translation>“%1” cannot be attached: its name contains a NUL character at position %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: its name contains the invisible character U+%2 at position %3. Rename the file and add it again.</source>
        <translation>“%1” cannot be attached: its name contains the invisible character U+%2 at position %3. Rename the file and add it again.</translation>
    </message>
    <message>
        <source>%1 %2 does not exist; nothing was attached.</source>
        <translation>%1 %2 does not exist; nothing was attached.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; attach the file it points to instead.</source>
        <translation>%1 is a symbolic link; attach the file it points to instead.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is a folder; attach the files in it one by one.</source>
        <translation>%1 is a folder; attach the files in it one by one.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket); only files can be attached.</source>
        <translation>%1 is not a regular file (it is a device, pipe or socket); only files can be attached.</translation>
    </message>
    <message>
        <source>The attachment folder %1 cannot be created.</source>
        <translation>The attachment folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be stored in %2: %3 (is the disk full?)</source>
        <translation>%1 cannot be stored in %2: %3 (is the disk full?)</translation>
    </message>
    <message>
        <source>%1 cannot be stored as %2: %3</source>
        <translation>%1 cannot be stored as %2: %3</translation>
    </message>
    <message>
        <source>The file of “%1” (%2) cannot be removed: %3</source>
        <translation>The file of “%1” (%2) cannot be removed: %3</translation>
    </message>
    <message>
        <source>The file of “%1” is missing from %2.</source>
        <translation>The file of “%1” is missing from %2.</translation>
    </message>
    <message>
        <source>The file of “%1” (%2) cannot be read: %3</source>
        <translation>The file of “%1” (%2) cannot be read: %3</translation>
    </message>
    <message>
        <source>The file of “%1” (%2) is damaged or was changed: its SHA-256 is %3, but %4 was recorded when it was attached.</source>
        <translation>The file of “%1” (%2) is damaged or was changed: its SHA-256 is %3, but %4 was recorded when it was attached.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The file of “%1” (%2) is damaged or was changed: its SHA-256 is %3, but %4 was recorded when it was attached. It was not opened.</source>
        <translation>The file of “%1” (%2) is damaged or was changed: its SHA-256 is %3, but %4 was recorded when it was attached. It was not opened.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2 (is the disk full?)</source>
        <translation>%1 cannot be written: %2 (is the disk full?)</translation>
    </message>
    <message>
        <source>%1 no longer matches its SHA-256; it was not copied. The attachment it belongs to is damaged in the database being copied.</source>
        <translation>%1 no longer matches its SHA-256; it was not copied. The attachment it belongs to is damaged in the database being copied.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>%1
%2, added by %3
SHA-256 %4</source>
        <translation>%1
%2, added by %3
SHA-256 %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Attachment not added</source>
        <translation>Attachment not added</translation>
    </message>
    <message>
        <source>Attachment not opened</source>
        <translation>Attachment not opened</translation>
    </message>
    <message>
        <source>No program is set up to open %1. A copy is at %2.</source>
        <translation>No program is set up to open %1. A copy is at %2.</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>Remove “%1” from this record? The file is deleted unless another record has the same file attached.</source>
        <translation>Remove “%1” from this record? The file is deleted unless another record has the same file attached.</translation>
    </message>
    <message>
        <source>Attachment not removed</source>
        <translation>Attachment not removed</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Briefing Pack</source>
        <translation>Briefing Pack</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>Dialogues</translation>
    </message>
    <message>
        <source>Fora</source>
        <translation>Fora</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY, YYYY-MM or YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <source>Summary and key facts</source>
        <translation>Summary and key facts</translation>
    </message>
    <message>
        <source>Dialogue history</source>
        <translation>Dialogue history</translation>
    </message>
    <message>
        <source>Fora in common</source>
        <translation>Fora in common</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Policy basis</source>
        <translation>Policy basis</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <source>Upcoming events</source>
        <translation>Upcoming events</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Language of the pack:</source>
        <translation>&amp;Language of the pack:</translation>
    </message>
    <message>
        <source>&amp;Highest classification:</source>
        <translation>&amp;Highest classification:</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Tick at least one country, dialogue or forum the pack is about.</source>
        <translation>Tick at least one country, dialogue or forum the pack is about.</translation>
    </message>
    <message>
        <source>From: &apos;%1&apos; is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>From: &apos;%1&apos; is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>To: &apos;%1&apos; is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>To: &apos;%1&apos; is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Tick at least one chapter.</source>
        <translation>Tick at least one chapter.</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Briefing pack</translation>
    </message>
    <message>
        <source>Save Briefing Pack</source>
        <translation>Save Briefing Pack</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The briefing pack was not saved</source>
        <translation>The briefing pack was not saved</translation>
    </message>
    <message>
        <source>Timeline and charts</source>
        <translation>Timeline and charts</translation>
    </message>
</context>
<context>
    <name>ChartsSection</name>
    <message>
        <source>(nothing matches the filters)</source>
        <translation>(nothing matches the filters)</translation>
    </message>
    <message>
        <source>Save Chart…</source>
        <translation>Save Chart…</translation>
    </message>
    <message>
        <source>Cannot read the chart data: %1</source>
        <translation>Cannot read the chart data: %1</translation>
    </message>
    <message>
        <source>Events per year, by kind</source>
        <translation>Events per year, by kind</translation>
    </message>
    <message>
        <source>Events with partners, by region</source>
        <translation>Events with partners, by region</translation>
    </message>
    <message>
        <source>Dialogue meetings per partner (top %1 of %2)</source>
        <translation>Dialogue meetings per partner (top %1 of %2)</translation>
    </message>
    <message>
        <source>Dialogue meetings per partner</source>
        <translation>Dialogue meetings per partner</translation>
    </message>
    <message>
        <source>Follow-up actions, open and closed, by year raised</source>
        <translation>Follow-up actions, open and closed, by year raised</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Save Chart</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Cannot save the chart</source>
        <translation>Cannot save the chart</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>option --%1 takes no value</source>
        <translation>option --%1 takes no value</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>option --%1 needs a value</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unknown option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option --%1 does not apply to &apos;%2&apos;</source>
        <translation>option --%1 does not apply to &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Created an empty Liaison database at %1</source>
        <translation>Created an empty Liaison database at %1</translation>
    </message>
    <message>
        <source>Created %1 with the bundled dataset: %2</source>
        <translation>Created %1 with the bundled dataset: %2</translation>
    </message>
    <message>
        <source>%1: ok (schema %2; %3)</source>
        <translation>%1: ok (schema %2; %3)</translation>
    </message>
    <message>
        <source>&apos;list&apos; needs one of: %1</source>
        <translation>&apos;list&apos; needs one of: %1</translation>
    </message>
    <message>
        <source>cannot list &apos;%1&apos;; choose one of: %2</source>
        <translation>cannot list &apos;%1&apos;; choose one of: %2</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; choose table, csv or json</source>
        <translation>unknown format &apos;%1&apos;; choose table, csv or json</translation>
    </message>
    <message>
        <source>Create it with: liaison init --db %1</source>
        <translation>Create it with: liaison init --db %1</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <source>Run &apos;liaison --help&apos; for usage.</source>
        <translation>Run &apos;liaison --help&apos; for usage.</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;; choose en or ja</source>
        <translation>unknown language &apos;%1&apos;; choose en or ja</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unknown command &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;search&apos; needs the text to look for</source>
        <translation>&apos;search&apos; needs the text to look for</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; choose table or json</source>
        <translation>unknown format &apos;%1&apos;; choose table or json</translation>
    </message>
    <message>
        <source>Nothing found for &apos;%1&apos;</source>
        <translation>Nothing found for &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>&apos;backup&apos; needs -o FILE</source>
        <translation>&apos;backup&apos; needs -o FILE</translation>
    </message>
    <message>
        <source>Saved and verified a backup of %1 in %2</source>
        <translation>Saved and verified a backup of %1 in %2</translation>
    </message>
    <message>
        <source>&apos;restore&apos; needs the backup FILE</source>
        <translation>&apos;restore&apos; needs the backup FILE</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the database it replaced is kept in %3</source>
        <translation>Restored %1 from %2; the database it replaced is kept in %3</translation>
    </message>
    <message>
        <source>&apos;import&apos; needs the FILE to import</source>
        <translation>&apos;import&apos; needs the FILE to import</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; for --what</source>
        <translation>unknown kind &apos;%1&apos; for --what</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs --format csv|json|ics and -o FILE</source>
        <translation>&apos;export&apos; needs --format csv|json|ics and -o FILE</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; for export; choose csv, json or ics</source>
        <translation>unknown format &apos;%1&apos; for export; choose csv, json or ics</translation>
    </message>
    <message>
        <source>--what %1 does not apply to --format %2; choose one of %3</source>
        <translation>--what %1 does not apply to --format %2; choose one of %3</translation>
    </message>
    <message>
        <source>Exported %1 as %2 to %3</source>
        <translation>Exported %1 as %2 to %3</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a record id (a positive number)</source>
        <translation>--%1: &apos;%2&apos; is not a record id (a positive number)</translation>
    </message>
    <message>
        <source>&apos;brief&apos; needs --country CODE, --dialogue ID or --forum ID</source>
        <translation>&apos;brief&apos; needs --country CODE, --dialogue ID or --forum ID</translation>
    </message>
    <message>
        <source>&apos;brief&apos; needs -o FILE.pdf</source>
        <translation>&apos;brief&apos; needs -o FILE.pdf</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>--%1: &apos;%2&apos; is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--max-classification: &apos;%1&apos; is not a level from 0 to 3</source>
        <translation>--max-classification: &apos;%1&apos; is not a level from 0 to 3</translation>
    </message>
    <message>
        <source>--as-of: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--as-of: &apos;%1&apos; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Wrote a %1-page briefing pack on %2 to %3</source>
        <translation>Wrote a %1-page briefing pack on %2 to %3</translation>
    </message>
    <message>
        <source>no backup was saved</source>
        <translation>no backup was saved</translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) copied to %1</source>
        <translation>
            <numerusform>%n attached file copied to %1</numerusform>
            <numerusform>%n attached files copied to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was restored</source>
        <translation>nothing was restored</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>no temporary folder for the copy at --max-classification %1: %2</source>
        <translation>no temporary folder for the copy at --max-classification %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n stored file(s) that no attachment refers to removed from %1</source>
        <translation>
            <numerusform>%n stored file that no attachment refers to removed from %1</numerusform>
            <numerusform>%n stored files that no attachment refers to removed from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>a backup is a database file with its attached files beside it; name a file, not standard output</source>
        <translation>a backup is a database file with its attached files beside it; name a file, not standard output</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>standard output</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 cannot be restored: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (there was no database there before)</source>
        <translation>Restored %1 from %2 (there was no database there before)</translation>
    </message>
    <message>
        <source>Usage: liaison [--db PATH] [--lang en|ja] [COMMAND]

Without a command, opens the Liaison window on the database.

Commands:
  init [--empty]        create the database; loads the bundled dataset unless --empty
  check [--repair]      check integrity, foreign keys and schema version (exit 1 on a problem);
                        --repair also removes stored files that no attachment refers to
  list KIND [--filter TEXT] [--format table|csv|json] [--max-classification 0-3]
                        KIND: countries, dialogues, fora, events, agreements, policies, actions,
                        organizations
  backup -o FILE        save a verified copy of the database (SQLite&apos;s backup API)
  restore FILE          replace the database with a verified backup; the replaced one is kept
                        (without a database yet, the backup becomes it)
  search TEXT [--format table|json] [--max-classification 0-3]
                        every record containing TEXT, grouped by kind, best first
  import FILE [--dry-run] [--what KIND]
                        add and update records from CSV or JSON; all or nothing
  export --format csv|json|ics [--what KIND|all] [--max-classification 0-3] -o FILE
                        write records (JSON: complete dump; CSV: one kind; ics: events)
  brief (--country CODE | --dialogue ID | --forum ID) [--from DATE] [--to DATE]
        [--lang en|ja] [--max-classification 0-3] [--as-of YYYY-MM-DD] -o FILE.pdf
                        write a briefing pack (PDF); several codes or ids may be comma-separated;
                        records marked above --max-classification (default 0) are left out

Options:
  --db PATH             the database file (default: $LIAISON_DB, else %1)
  --lang en|ja          language of names and messages
  --max-classification 0-3
                        list, search, export: computed as if every record marked above the level,
                        and every row naming one, did not exist (default 3: everything)
  -h, --help            show this help
  -v, --version         show the version

-o FILE never names the database or its files, a device or a pipe; an existing FILE is replaced
once the new one is complete. -o - writes an export or a pack to standard output.
</source>
        <translation>Usage: liaison [--db PATH] [--lang en|ja] [COMMAND]

Without a command, opens the Liaison window on the database.

Commands:
  init [--empty]        create the database; loads the bundled dataset unless --empty
  check [--repair]      check integrity, foreign keys and schema version (exit 1 on a problem);
                        --repair also removes stored files that no attachment refers to
  list KIND [--filter TEXT] [--format table|csv|json] [--max-classification 0-3]
                        KIND: countries, dialogues, fora, events, agreements, policies, actions,
                        organizations
  backup -o FILE        save a verified copy of the database (SQLite&apos;s backup API)
  restore FILE          replace the database with a verified backup; the replaced one is kept
                        (without a database yet, the backup becomes it)
  search TEXT [--format table|json] [--max-classification 0-3]
                        every record containing TEXT, grouped by kind, best first
  import FILE [--dry-run] [--what KIND]
                        add and update records from CSV or JSON; all or nothing
  export --format csv|json|ics [--what KIND|all] [--max-classification 0-3] -o FILE
                        write records (JSON: complete dump; CSV: one kind; ics: events)
  brief (--country CODE | --dialogue ID | --forum ID) [--from DATE] [--to DATE]
        [--lang en|ja] [--max-classification 0-3] [--as-of YYYY-MM-DD] -o FILE.pdf
                        write a briefing pack (PDF); several codes or ids may be comma-separated;
                        records marked above --max-classification (default 0) are left out

Options:
  --db PATH             the database file (default: $LIAISON_DB, else %1)
  --lang en|ja          language of names and messages
  --max-classification 0-3
                        list, search, export: computed as if every record marked above the level,
                        and every row naming one, did not exist (default 3: everything)
  -h, --help            show this help
  -v, --version         show the version

-o FILE never names the database or its files, a device or a pipe; an existing FILE is replaced
once the new one is complete. -o - writes an export or a pack to standard output.
</translation>
    </message>
</context>
<context>
    <name>CountryEditor</name>
    <message>
        <source>Edit Country</source>
        <translation>Edit Country</translation>
    </message>
    <message>
        <source>New Country</source>
        <translation>New Country</translation>
    </message>
    <message>
        <source>e.g. JP</source>
        <translation>e.g. JP</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ISO 3166 name in English</source>
        <translation>ISO 3166 name in English</translation>
    </message>
    <message>
        <source>ISO name (English)</source>
        <translation>ISO name (English)</translation>
    </message>
    <message>
        <source>ISO 3166 name in Japanese</source>
        <translation>ISO 3166 name in Japanese</translation>
    </message>
    <message>
        <source>ISO name (Japanese)</source>
        <translation>ISO name (Japanese)</translation>
    </message>
    <message>
        <source>e.g. Europe</source>
        <translation>e.g. Europe</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CountryTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Other name</source>
        <translation>Other name</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>Dialogues</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is %2, not a database file. Nothing was changed.</source>
        <translation>%1 is %2, not a database file. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist</source>
        <translation>%1 is a symbolic link to %2, which does not exist</translation>
    </message>
</context>
<context>
    <name>DatasetJson</name>
    <message>
        <source>no list of this name is known here</source>
        <translation>no list of this name is known here</translation>
    </message>
    <message>
        <source>no field of this name is known here</source>
        <translation>no field of this name is known here</translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>; did you mean &quot;%1&quot;?</translation>
    </message>
    <message>
        <source> (known: %1)</source>
        <translation> (known: %1)</translation>
    </message>
</context>
<context>
    <name>DialogueEditor</name>
    <message>
        <source>Edit Dialogue</source>
        <translation>Edit Dialogue</translation>
    </message>
    <message>
        <source>New Dialogue</source>
        <translation>New Dialogue</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD, YYYY-MM or YYYY</translation>
    </message>
    <message>
        <source>First held</source>
        <translation>First held</translation>
    </message>
    <message>
        <source>How sure the date is, where it comes from</source>
        <translation>How sure the date is, where it comes from</translation>
    </message>
    <message>
        <source>About the first meeting</source>
        <translation>About the first meeting</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <source>e.g. the two foreign ministers</source>
        <translation>e.g. the two foreign ministers</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Agreed by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <source>What is not known yet</source>
        <translation>What is not known yet</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DialogueTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Other name</source>
        <translation>Other name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>First held</source>
        <translation>First held</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>Last round</source>
        <translation>Last round</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>%1 — theirs: “%2”; yours: “%3”</source>
        <translation>%1 — theirs: “%2”; yours: “%3”</translation>
    </message>
    <message>
        <source>%1

Your changes are still in the form; saving again records them as a new record.</source>
        <translation>%1

Your changes are still in the form; saving again records them as a new record.</translation>
    </message>
    <message>
        <source>%1

Your changes are still in the form; saving again records them as a new event.</source>
        <translation>%1

Your changes are still in the form; saving again records them as a new event.</translation>
    </message>
    <message>
        <source>%1

Where their version differs from yours:
%2

Your changes are still in the form. Save again to replace their version with yours, or Cancel to keep theirs.</source>
        <translation>%1

Where their version differs from yours:
%2

Your changes are still in the form. Save again to replace their version with yours, or Cancel to keep theirs.</translation>
    </message>
    <message>
        <source>Cannot edit</source>
        <translation>Cannot edit</translation>
    </message>
    <message>
        <source>Next Round</source>
        <translation>Next Round</translation>
    </message>
    <message>
        <source>Open a dialogue (or one of its meetings) first.</source>
        <translation>Open a dialogue (or one of its meetings) first.</translation>
    </message>
</context>
<context>
    <name>EditorParts</name>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Edit Event</source>
        <translation>Edit Event</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>New Event</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Dialogue: %1</source>
        <translation>Dialogue: %1</translation>
    </message>
    <message>
        <source>Forum: %1</source>
        <translation>Forum: %1</translation>
    </message>
    <message>
        <source>Dialogue or forum</source>
        <translation>Dialogue or forum</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Title in English</translation>
    </message>
    <message>
        <source>Title in Japanese</source>
        <translation>Title in Japanese</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD, YYYY-MM or YYYY</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>empty for a one-day event</source>
        <translation>empty for a one-day event</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>e.g. director-general</source>
        <translation>e.g. director-general</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>One per line</translation>
    </message>
    <message>
        <source>Heads of delegation</source>
        <translation>Heads of delegation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Follow-up actions</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Remove action</translation>
    </message>
    <message>
        <source>Cited articles</source>
        <translation>Cited articles</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Round %1 of this dialogue or forum is already recorded.</source>
        <translation>Round %1 of this dialogue or forum is already recorded.</translation>
    </message>
    <message>
        <source>Action %1: %2</source>
        <translation>Action %1: %2</translation>
    </message>
    <message>
        <source>Carried forward from round %1.</source>
        <translation>Carried forward from round %1.</translation>
    </message>
    <message>
        <source>Carried forward from the previous meeting.</source>
        <translation>Carried forward from the previous meeting.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
</context>
<context>
    <name>EventFilterBar</name>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Country:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Years:</source>
        <translation>Years:</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>Years: %1 is after %2; the filter is unchanged.</source>
        <translation>Years: %1 is after %2; the filter is unchanged.</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Other title</source>
        <translation>Other title</translation>
    </message>
    <message>
        <source>Dialogue or forum</source>
        <translation>Dialogue or forum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <source>date unknown (%1)</source>
        <translation>date unknown (%1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>--what %1 does not apply to --format %2 (%3)</source>
        <translation>--what %1 does not apply to --format %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) without a start date left out of the calendar: %1</source>
        <translation>
            <numerusform>%n event without a start date left out of the calendar: %1</numerusform>
            <numerusform>%n events without a start date left out of the calendar: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (%2)</source>
        <translation>unknown format &apos;%1&apos; (%2)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>One web address per line</source>
        <translation>One web address per line</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ForumEditor</name>
    <message>
        <source>Edit Forum</source>
        <translation>Edit Forum</translation>
    </message>
    <message>
        <source>New Forum</source>
        <translation>New Forum</translation>
    </message>
    <message>
        <source>e.g. ARF</source>
        <translation>e.g. ARF</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Former name</source>
        <translation>Former name</translation>
    </message>
    <message>
        <source>When and why it was renamed</source>
        <translation>When and why it was renamed</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Renamed</translation>
    </message>
    <message>
        <source>e.g. working group</source>
        <translation>e.g. working group</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>e.g. senior officials</source>
        <translation>e.g. senior officials</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD, YYYY-MM or YYYY</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Founded</translation>
    </message>
    <message>
        <source>Incorporated</source>
        <translation>Incorporated</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Web site</translation>
    </message>
    <message>
        <source>e.g. member since 2004</source>
        <translation>e.g. member since 2004</translation>
    </message>
    <message>
        <source>Japan&apos;s status</source>
        <translation>Japan&apos;s status</translation>
    </message>
    <message>
        <source>Meetings Japan hosted</source>
        <translation>Meetings Japan hosted</translation>
    </message>
    <message>
        <source>Japan hosted</source>
        <translation>Japan hosted</translation>
    </message>
    <message>
        <source>What is not known yet</source>
        <translation>What is not known yet</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Member since</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
</context>
<context>
    <name>ForumTableModel</name>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Other name</source>
        <translation>Other name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Founded</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>Every change, newest first. Select a change and choose Restore to put back the value it replaced; the restore is recorded here too.</source>
        <translation>Every change, newest first. Select a change and choose Restore to put back the value it replaced; the restore is recorded here too.</translation>
    </message>
    <message>
        <source>Restore the Earlier Value</source>
        <translation>Restore the Earlier Value</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>party</source>
        <translation>party</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <source>no visible change</source>
        <translation>no visible change</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 added</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 deleted</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 changed</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <source>country</source>
        <translation>country</translation>
    </message>
    <message>
        <source>dialogue</source>
        <translation>dialogue</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>forum</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>agreement</translation>
    </message>
    <message>
        <source>policy item</source>
        <translation>policy item</translation>
    </message>
    <message>
        <source>cited article</source>
        <translation>cited article</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>tag</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>attachment</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organization</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: %2 added, %3 changed</source>
        <translation>%1: %2 added, %3 changed</translation>
    </message>
    <message>
        <source>nothing to add or change</source>
        <translation>nothing to add or change</translation>
    </message>
    <message>
        <source>  changed %1 %2: %3</source>
        <translation>  changed %1 %2: %3</translation>
    </message>
    <message>
        <source>dry run: nothing was written</source>
        <translation>dry run: nothing was written</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: cannot be read (%2)</translation>
    </message>
    <message>
        <source>%1: $.%2: the file has no such list</source>
        <translation>%1: $.%2: the file has no such list</translation>
    </message>
    <message>
        <source>%1: line %2: the header does not match any CSV layout; give --what (%3)</source>
        <translation>%1: line %2: the header does not match any CSV layout; give --what (%3)</translation>
    </message>
    <message>
        <source>%1: there is no CSV layout for &apos;%2&apos; (%3)</source>
        <translation>%1: there is no CSV layout for &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: &apos;%4&apos; is not a column of %5 (see docs/IMPORT-EXPORT.md)</source>
        <translation>%1: line %2, column %3: &apos;%4&apos; is not a column of %5 (see docs/IMPORT-EXPORT.md)</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: &apos;%4&apos; appears twice in the header</source>
        <translation>%1: line %2, column %3: &apos;%4&apos; appears twice in the header</translation>
    </message>
    <message>
        <source>%1: line %2: the header needs the column &apos;%3&apos;</source>
        <translation>%1: line %2: the header needs the column &apos;%3&apos;</translation>
    </message>
    <message>
        <source>line %1, field %2</source>
        <translation>line %1, field %2</translation>
    </message>
    <message>
        <source>%1: nothing was imported: %2</source>
        <translation>%1: nothing was imported: %2</translation>
    </message>
    <message>
        <source>field %1: another record already has this value</source>
        <translation>field %1: another record already has this value</translation>
    </message>
    <message>
        <source>it refers to a record that does not exist</source>
        <translation>it refers to a record that does not exist</translation>
    </message>
    <message>
        <source>the database does not accept its values</source>
        <translation>the database does not accept its values</translation>
    </message>
    <message>
        <source>field %1: the database does not accept this value</source>
        <translation>field %1: the database does not accept this value</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3): nothing was imported: %4</source>
        <translation>%1: %2 (%3): nothing was imported: %4</translation>
    </message>
    <message>
        <source>Nothing was imported from %1, and the file was not checked: %2</source>
        <translation>Nothing was imported from %1, and the file was not checked: %2</translation>
    </message>
    <message>
        <source>%1: line %2, field id: &apos;%3&apos; is not a record id (a whole number from 1; leave it empty for a new record)</source>
        <translation>%1: line %2, field id: &apos;%3&apos; is not a record id (a whole number from 1; leave it empty for a new record)</translation>
    </message>
    <message>
        <source>%1: line %2, field id: record %3 is also on line %4</source>
        <translation>%1: line %2, field id: record %3 is also on line %4</translation>
    </message>
    <message>
        <source>%1 is %2, not a file to import; nothing was imported</source>
        <translation>%1 is %2, not a file to import; nothing was imported</translation>
    </message>
</context>
<context>
    <name>JsonStrict</name>
    <message>
        <source>line %1, column %2: %3: the key &quot;%4&quot; appears twice in one object (first at line %5, column %6); a file must say each thing once</source>
        <translation>line %1, column %2: %3: the key &quot;%4&quot; appears twice in one object (first at line %5, column %6); a file must say each thing once</translation>
    </message>
    <message>
        <source>line %1, column %2: %3: %4</source>
        <translation>line %1, column %2: %3: %4</translation>
    </message>
    <message>
        <source>\%1 is not an escape JSON knows</source>
        <translation>\%1 is not an escape JSON knows</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>\u must be followed by four hexadecimal digits</translation>
    </message>
    <message>
        <source>\u%1 is half of a character (a lone low surrogate): the text is not valid Unicode</source>
        <translation>\u%1 is half of a character (a lone low surrogate): the text is not valid Unicode</translation>
    </message>
    <message>
        <source>\u%1 is half of a character (a high surrogate not followed by a low one): the text is not valid Unicode</source>
        <translation>\u%1 is half of a character (a high surrogate not followed by a low one): the text is not valid Unicode</translation>
    </message>
    <message>
        <source>byte 0x%1 is not valid UTF-8</source>
        <translation>byte 0x%1 is not valid UTF-8</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Liaison</source>
        <translation>&amp;About Liaison</translation>
    </message>
    <message>
        <source>About Liaison</source>
        <translation>About Liaison</translation>
    </message>
    <message>
        <source>Liaison %1
A record of international cybersecurity relations: countries, dialogues, fora, events, agreements, policy references and follow-up actions.

Database: %2</source>
        <translation>Liaison %1
A record of international cybersecurity relations: countries, dialogues, fora, events, agreements, policy references and follow-up actions.

Database: %2</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>Cannot read the database</translation>
    </message>
    <message>
        <source>Select a record to see its details.</source>
        <translation>Select a record to see its details.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Liaison — %1</source>
        <translation>Liaison — %1</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>Liaison databases (*.sqlite *.db);;All files (*)</source>
        <translation>Liaison databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Liaison.</source>
        <translation>The new language is used from the next start of Liaison.</translation>
    </message>
    <message>
        <source>Filter the &amp;Current Table</source>
        <translation>Filter the &amp;Current Table</translation>
    </message>
    <message>
        <source>&amp;Search Everything</source>
        <translation>&amp;Search Everything</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>Database: %1 (checked)</source>
        <translation>Database: %1 (checked)</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>The daily backup failed: %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>&amp;New Event…</translation>
    </message>
    <message>
        <source>New &amp;Record</source>
        <translation>New &amp;Record</translation>
    </message>
    <message>
        <source>Country…</source>
        <translation>Country…</translation>
    </message>
    <message>
        <source>Dialogue…</source>
        <translation>Dialogue…</translation>
    </message>
    <message>
        <source>Forum…</source>
        <translation>Forum…</translation>
    </message>
    <message>
        <source>Agreement…</source>
        <translation>Agreement…</translation>
    </message>
    <message>
        <source>Policy Item…</source>
        <translation>Policy Item…</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>&amp;Edit Record…</translation>
    </message>
    <message>
        <source>Ne&amp;xt Round…</source>
        <translation>Ne&amp;xt Round…</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>&amp;Delete Record…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>&amp;Attachments…</source>
        <translation>&amp;Attachments…</translation>
    </message>
    <message>
        <source>Your &amp;Name in the History…</source>
        <translation>Your &amp;Name in the History…</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Nothing was changed</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete “%1”? Undo (Ctrl+Z) brings it back.</source>
        <translation>Delete “%1”? Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation>Nothing was deleted</translation>
    </message>
    <message>
        <source>“%1” was deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>“%1” was deleted. Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>Delete Event</translation>
    </message>
    <message>
        <source>Delete “%1” with its participants and follow-up actions? Undo (Ctrl+Z) brings it back.</source>
        <translation>Delete “%1” with its participants and follow-up actions? Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Delete Action</source>
        <translation>Delete Action</translation>
    </message>
    <message>
        <source>Delete the action “%1”? Undo (Ctrl+Z) brings it back.</source>
        <translation>Delete the action “%1”? Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Attachments of %1</source>
        <translation>Attachments of %1</translation>
    </message>
    <message>
        <source>Your Name in the History</source>
        <translation>Your Name in the History</translation>
    </message>
    <message>
        <source>Every change you save is recorded in the history under this name. By default it is your account name on this computer.</source>
        <translation>Every change you save is recorded in the history under this name. By default it is your account name on this computer.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name not changed</source>
        <translation>Name not changed</translation>
    </message>
    <message>
        <source>Cannot read the history</source>
        <translation>Cannot read the history</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Put back the value from before this change? The restore is recorded in the history too.</source>
        <translation>Put back the value from before this change? The restore is recorded in the history too.</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>Nothing was restored</translation>
    </message>
    <message>
        <source>&amp;Briefing pack…</source>
        <translation>&amp;Briefing pack…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>CSV or JSON (*.csv *.json);;All files (*)</source>
        <translation>CSV or JSON (*.csv *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>Import these records?</source>
        <translation>Import these records?</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Imported %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Complete dump (*.json);;Events as CSV (*.csv);;Events as calendar (*.ics)</source>
        <translation>Complete dump (*.json);;Events as CSV (*.csv);;Events as calendar (*.ics)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>Organization…</source>
        <translation>Organization…</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Tags…</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Unconfirmed: not verified in a source</source>
        <translation>Unconfirmed: not verified in a source</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <source>Edit Organization</source>
        <translation>Edit Organization</translation>
    </message>
    <message>
        <source>New Organization</source>
        <translation>New Organization</translation>
    </message>
    <message>
        <source>e.g. JPCERT/CC</source>
        <translation>e.g. JPCERT/CC</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. national CERT, ministry, company</source>
        <translation>e.g. national CERT, ministry, company</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Web site</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>OrganizationTableModel</name>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Other name</source>
        <translation>Other name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>a folder</source>
        <translation>a folder</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>a device</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>a named pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>no output file given</source>
        <translation>no output file given</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist; name the file itself</source>
        <translation>%1 is a symbolic link to %2, which does not exist; name the file itself</translation>
    </message>
    <message>
        <source>%1 is %2; write to a regular file, or to standard output with -o -</source>
        <translation>%1 is %2; write to a regular file, or to standard output with -o -</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist</source>
        <translation>%1 cannot be written: the folder %2 does not exist</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2 is not a folder</source>
        <translation>%1 cannot be written: %2 is not a folder</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2)</source>
        <translation>%1 cannot be written (%2)</translation>
    </message>
    <message>
        <source>%1 is the open database %2; it would be destroyed. Choose another file name</source>
        <translation>%1 is the open database %2; it would be destroyed. Choose another file name</translation>
    </message>
    <message>
        <source>%1 is %2, a file SQLite keeps for the open database; it would be damaged. Choose another file name</source>
        <translation>%1 is %2, a file SQLite keeps for the open database; it would be damaged. Choose another file name</translation>
    </message>
    <message>
        <source>%1 is in %2, the attachment store of the open database; choose a file outside it</source>
        <translation>%1 is in %2, the attachment store of the open database; choose a file outside it</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is full (%2 holds %3 bytes free). Nothing was written</source>
        <translation>%1 cannot be written: the disk is full (%2 holds %3 bytes free). Nothing was written</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2). Nothing was written</source>
        <translation>%1 cannot be written (%2). Nothing was written</translation>
    </message>
    <message>
        <source>standard output cannot be written (%1)</source>
        <translation>standard output cannot be written (%1)</translation>
    </message>
</context>
<context>
    <name>PolicyItemEditor</name>
    <message>
        <source>Edit Policy Item</source>
        <translation>Edit Policy Item</translation>
    </message>
    <message>
        <source>New Policy Item</source>
        <translation>New Policy Item</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>e.g. statute, strategy</source>
        <translation>e.g. statute, strategy</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>e.g. Act No. 104 of 2014</source>
        <translation>e.g. Act No. 104 of 2014</translation>
    </message>
    <message>
        <source>Law number</source>
        <translation>Law number</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD, YYYY-MM or YYYY</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What the date is (adopted, promulgated…) and how sure</source>
        <translation>What the date is (adopted, promulgated…) and how sure</translation>
    </message>
    <message>
        <source>About the date</source>
        <translation>About the date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>Label (English)</translation>
    </message>
    <message>
        <source>Label (Japanese)</source>
        <translation>Label (Japanese)</translation>
    </message>
    <message>
        <source>Subject (English)</source>
        <translation>Subject (English)</translation>
    </message>
    <message>
        <source>Subject (Japanese)</source>
        <translation>Subject (Japanese)</translation>
    </message>
    <message>
        <source>Provisions</source>
        <translation>Provisions</translation>
    </message>
    <message>
        <source>Add provision</source>
        <translation>Add provision</translation>
    </message>
    <message>
        <source>Remove provision</source>
        <translation>Remove provision</translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Other title</source>
        <translation>Other title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
</context>
<context>
    <name>RecordPageBuilder</name>
    <message>
        <source>date unknown</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Round %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nothing selected</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Name (Japanese)</source>
        <translation>Name (Japanese)</translation>
    </message>
    <message>
        <source>ISO name (English)</source>
        <translation>ISO name (English)</translation>
    </message>
    <message>
        <source>ISO name (Japanese)</source>
        <translation>ISO name (Japanese)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Dialogues and their rounds</source>
        <translation>Dialogues and their rounds</translation>
    </message>
    <message>
        <source>Dialogue / round</source>
        <translation>Dialogue / round</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>No dialogue recorded.</source>
        <translation>No dialogue recorded.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>No round recorded</source>
        <translation>No round recorded</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Not found: %1</translation>
    </message>
    <message>
        <source>Fora shared with Japan</source>
        <translation>Fora shared with Japan</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>No forum recorded.</source>
        <translation>No forum recorded.</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>met at an event</source>
        <translation>met at an event</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No event recorded.</source>
        <translation>No event recorded.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>No agreement recorded.</source>
        <translation>No agreement recorded.</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>No open action.</source>
        <translation>No open action.</translation>
    </message>
    <message>
        <source>First held</source>
        <translation>First held</translation>
    </message>
    <message>
        <source>About the first meeting</source>
        <translation>About the first meeting</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Agreed by</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Rounds and related events</source>
        <translation>Rounds and related events</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>No round recorded.</source>
        <translation>No round recorded.</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Former name (English)</source>
        <translation>Former name (English)</translation>
    </message>
    <message>
        <source>Former name (Japanese)</source>
        <translation>Former name (Japanese)</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Renamed</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Founded</translation>
    </message>
    <message>
        <source>Incorporated</source>
        <translation>Incorporated</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Japan&apos;s status</source>
        <translation>Japan&apos;s status</translation>
    </message>
    <message>
        <source>Japanese hosts</source>
        <translation>Japanese hosts</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>No meeting recorded.</source>
        <translation>No meeting recorded.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>No member recorded.</source>
        <translation>No member recorded.</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Title (English)</translation>
    </message>
    <message>
        <source>Title (Japanese)</source>
        <translation>Title (Japanese)</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Dialogue</translation>
    </message>
    <message>
        <source>About the date</source>
        <translation>About the date</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Heads of delegation</source>
        <translation>Heads of delegation</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Results published</source>
        <translation>Results published</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>No participant recorded.</source>
        <translation>No participant recorded.</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Follow-up actions</translation>
    </message>
    <message>
        <source>No follow-up action recorded.</source>
        <translation>No follow-up action recorded.</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Law number</source>
        <translation>Law number</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisions</translation>
    </message>
    <message>
        <source>Provisions</source>
        <translation>Provisions</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>No article recorded.</source>
        <translation>No article recorded.</translation>
    </message>
    <message>
        <source>%1 earlier meetings: open the dialogue to see them all</source>
        <translation>%1 earlier meetings: open the dialogue to see them all</translation>
    </message>
    <message>
        <source>The latest %1 of %2 events; the Events table has them all.</source>
        <translation>The latest %1 of %2 events; the Events table has them all.</translation>
    </message>
    <message>
        <source>The %1 due soonest; the Actions table has them all.</source>
        <translation>The %1 due soonest; the Actions table has them all.</translation>
    </message>
    <message>
        <source>Cited articles</source>
        <translation>Cited articles</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>The latest %1 of %2 events.</source>
        <translation>The latest %1 of %2 events.</translation>
    </message>
    <message>
        <source>The first %1 of %2.</source>
        <translation>The first %1 of %2.</translation>
    </message>
    <message numerus="yes">
        <source>Tag · on %n record(s)</source>
        <translation>
            <numerusform>Tag · on %n record</numerusform>
            <numerusform>Tag · on %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>Dialogues</translation>
    </message>
    <message>
        <source>Fora</source>
        <translation>Fora</translation>
    </message>
    <message>
        <source>Policy items</source>
        <translation>Policy items</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>No record carries this tag.</source>
        <translation>No record carries this tag.</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
</context>
<context>
    <name>RecordPageView</name>
    <message>
        <source>unconfirmed</source>
        <translation>unconfirmed</translation>
    </message>
    <message>
        <source>Unconfirmed: not verified in a source</source>
        <translation>Unconfirmed: not verified in a source</translation>
    </message>
    <message>
        <source>Select a record to see its details.</source>
        <translation>Select a record to see its details.</translation>
    </message>
    <message>
        <source>This record is not confirmed in a source.</source>
        <translation>This record is not confirmed in a source.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation>Cannot redo “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>Cannot undo “%1”: %2</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Add “%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <source>The dialogue has no meetings yet; record the first one with New Event.</source>
        <translation>The dialogue has no meetings yet; record the first one with New Event.</translation>
    </message>
    <message>
        <source>%1 — theirs: “%2”; yours: “%3”</source>
        <translation>%1 — theirs: “%2”; yours: “%3”</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Title (English)</translation>
    </message>
    <message>
        <source>Title (Japanese)</source>
        <translation>Title (Japanese)</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Heads of delegation</source>
        <translation>Heads of delegation</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>New tag “%1”</source>
        <translation>New tag “%1”</translation>
    </message>
    <message>
        <source>Rename tag “%1” to “%2”</source>
        <translation>Rename tag “%1” to “%2”</translation>
    </message>
    <message>
        <source>Colour of tag “%1”</source>
        <translation>Colour of tag “%1”</translation>
    </message>
    <message>
        <source>Merge tag “%1” into “%2”</source>
        <translation>Merge tag “%1” into “%2”</translation>
    </message>
    <message>
        <source>Delete tag “%1”</source>
        <translation>Delete tag “%1”</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Search everything (Ctrl+K)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>Nothing found for “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) — Enter opens, Esc closes</source>
        <translation>
            <numerusform>%n match — Enter opens, Esc closes</numerusform>
            <numerusform>%n matches — Enter opens, Esc closes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 of %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Filter, in Japanese or English…</source>
        <translation>Filter, in Japanese or English…</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>From year</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>To year</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation>All: %1</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <source>counting… of %1</source>
        <translation>counting… of %1</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>counting…</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>Dialogues</translation>
    </message>
    <message>
        <source>Fora</source>
        <translation>Fora</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Policy references</source>
        <translation>Policy references</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The disk is full (or %1 reached its size limit): this change was not saved; everything saved before is intact. Free some disk space and save again.</source>
        <translation>The disk is full (or %1 reached its size limit): this change was not saved; everything saved before is intact. Free some disk space and save again.</translation>
    </message>
    <message>
        <source>%1 is busy: another Liaison window or program kept it locked for more than 5 seconds. This change was not saved; try again in a moment.</source>
        <translation>%1 is busy: another Liaison window or program kept it locked for more than 5 seconds. This change was not saved; try again in a moment.</translation>
    </message>
    <message>
        <source>%1 cannot be written (the file or its folder is read-only): this change was not saved.</source>
        <translation>%1 cannot be written (the file or its folder is read-only): this change was not saved.</translation>
    </message>
    <message>
        <source>The disk reported an input/output error on %1: this change was not saved. Check the disk, then run &quot;liaison check&quot;.</source>
        <translation>The disk reported an input/output error on %1: this change was not saved. Check the disk, then run &quot;liaison check&quot;.</translation>
    </message>
    <message>
        <source>%1 is damaged: this change was not saved. Restore it from a backup.</source>
        <translation>%1 is damaged: this change was not saved. Restore it from a backup.</translation>
    </message>
    <message>
        <source>%1 (or its journal beside it) cannot be opened: this change was not saved.</source>
        <translation>%1 (or its journal beside it) cannot be opened: this change was not saved.</translation>
    </message>
</context>
<context>
    <name>TagEdit</name>
    <message>
        <source>Comma-separated, e.g. capacity building, CERT</source>
        <translation>Comma-separated, e.g. capacity building, CERT</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message numerus="yes">
        <source>%n country(s)</source>
        <translation>
            <numerusform>%n country</numerusform>
            <numerusform>%n countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialogue(s)</source>
        <translation>
            <numerusform>%n dialogue</numerusform>
            <numerusform>%n dialogues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n forum(s)</source>
        <translation>
            <numerusform>%n forum</numerusform>
            <numerusform>%n fora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n policy item(s)</source>
        <translation>
            <numerusform>%n policy item</numerusform>
            <numerusform>%n policy items</numerusform>
        </translation>
    </message>
    <message>
        <source>on no record</source>
        <translation>on no record</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organization</numerusform>
            <numerusform>%n organizations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>There is no tag with id %1 (it may have been deleted).</source>
        <translation>There is no tag with id %1 (it may have been deleted).</translation>
    </message>
    <message>
        <source>A tag called “%1” exists already.</source>
        <translation>A tag called “%1” exists already.</translation>
    </message>
    <message>
        <source>Another tag is called “%1” already (names are compared without regard to case). To make them one tag, use Merge into… instead.</source>
        <translation>Another tag is called “%1” already (names are compared without regard to case). To make them one tag, use Merge into… instead.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself.</source>
        <translation>A tag cannot be merged into itself.</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>Filter tags</translation>
    </message>
    <message>
        <source>A new name, or the selected tag&apos;s</source>
        <translation>A new name, or the selected tag&apos;s</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Colour…</translation>
    </message>
    <message>
        <source>No Colo&amp;ur</source>
        <translation>No Colo&amp;ur</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>Merge into:</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Show Records</source>
        <translation>&amp;Show Records</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Re&amp;do</translation>
    </message>
    <message>
        <source>Cannot read the tags</source>
        <translation>Cannot read the tags</translation>
    </message>
    <message>
        <source>No tag was added</source>
        <translation>No tag was added</translation>
    </message>
    <message>
        <source>The tag was not renamed</source>
        <translation>The tag was not renamed</translation>
    </message>
    <message>
        <source>Tag Colour</source>
        <translation>Tag Colour</translation>
    </message>
    <message>
        <source>The colour was not changed</source>
        <translation>The colour was not changed</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Merge Tags</translation>
    </message>
    <message numerus="yes">
        <source>Merge “%1” into “%2”? The %n record(s) carrying “%1” will carry “%2”, and “%1” goes. Undo (Ctrl+Z) separates them again.</source>
        <translation>
            <numerusform>Merge “%1” into “%2”? The %n record carrying “%1” will carry “%2”, and “%1” goes. Undo (Ctrl+Z) separates them again.</numerusform>
            <numerusform>Merge “%1” into “%2”? The %n records carrying “%1” will carry “%2”, and “%1” goes. Undo (Ctrl+Z) separates them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tags were not merged</source>
        <translation>The tags were not merged</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Delete Tag</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “%1”? It is on %n record(s) (%2), which lose it. Undo (Ctrl+Z) puts it back on them.</source>
        <translation>
            <numerusform>Delete the tag “%1”? It is on %n record (%2), which loses it. Undo (Ctrl+Z) puts it back on the record.</numerusform>
            <numerusform>Delete the tag “%1”? It is on %n records (%2), which lose it. Undo (Ctrl+Z) puts it back on them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tag was not deleted</source>
        <translation>The tag was not deleted</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <source>One lane per dialogue or forum</source>
        <translation>One lane per dialogue or forum</translation>
    </message>
    <message>
        <source>One lane per country</source>
        <translation>One lane per country</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Show All</translation>
    </message>
    <message>
        <source>Zoom to every event shown (Home)</source>
        <translation>Zoom to every event shown (Home)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Cannot read the timeline: %1</source>
        <translation>Cannot read the timeline: %1</translation>
    </message>
    <message>
        <source>Cannot read the timeline.</source>
        <translation>Cannot read the timeline.</translation>
    </message>
    <message>
        <source>No country recorded</source>
        <translation>No country recorded</translation>
    </message>
    <message>
        <source>No dialogue or forum</source>
        <translation>No dialogue or forum</translation>
    </message>
    <message>
        <source>No dated event matches the filters.</source>
        <translation>No dated event matches the filters.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n without a date, not shown</source>
        <translation>
            <numerusform>; %n without a date, not shown</numerusform>
            <numerusform>; %n without a date, not shown</numerusform>
        </translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>cancelled (faded, struck through)</source>
        <translation>cancelled (faded, struck through)</translation>
    </message>
    <message>
        <source>date known only to the month or year</source>
        <translation>date known only to the month or year</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Other events</source>
        <translation>Other events</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom in to see each event.</source>
        <translation>Zoom in to see each event.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Lanes %1–%2 of %3</source>
        <translation>Lanes %1–%2 of %3</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a name in English or Japanese (or both).</source>
        <translation>Enter a name in English or Japanese (or both).</translation>
    </message>
    <message>
        <source>Too long: %1 characters; at most %2.</source>
        <translation>Too long: %1 characters; at most %2.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>“%1” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2).</source>
        <translation>The end (%1) is before the start (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a web address (https://…).</source>
        <translation>“%1” is not a web address (https://…).</translation>
    </message>
    <message>
        <source>The address is longer than %1 characters.</source>
        <translation>The address is longer than %1 characters.</translation>
    </message>
    <message>
        <source>A round number is between 1 and 10000.</source>
        <translation>A round number is between 1 and 10000.</translation>
    </message>
    <message>
        <source>A round number needs a dialogue or forum.</source>
        <translation>A round number needs a dialogue or forum.</translation>
    </message>
    <message>
        <source>Describe the action.</source>
        <translation>Describe the action.</translation>
    </message>
    <message>
        <source>Enter the code (2 or 3 capital letters, e.g. JP).</source>
        <translation>Enter the code (2 or 3 capital letters, e.g. JP).</translation>
    </message>
    <message>
        <source>“%1” is not a code: use 2 or 3 capital letters or digits (e.g. JP).</source>
        <translation>“%1” is not a code: use 2 or 3 capital letters or digits (e.g. JP).</translation>
    </message>
    <message>
        <source>Another country already has the code %1.</source>
        <translation>Another country already has the code %1.</translation>
    </message>
    <message>
        <source>A bilateral dialogue has 2 parties; %1 are ticked.</source>
        <translation>A bilateral dialogue has 2 parties; %1 are ticked.</translation>
    </message>
    <message>
        <source>A trilateral dialogue has 3 parties; %1 are ticked.</source>
        <translation>A trilateral dialogue has 3 parties; %1 are ticked.</translation>
    </message>
    <message>
        <source>A minilateral dialogue has 3 or more parties; %1 are ticked.</source>
        <translation>A minilateral dialogue has 3 or more parties; %1 are ticked.</translation>
    </message>
    <message>
        <source>Member %1 has no country.</source>
        <translation>Member %1 has no country.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 is listed twice.</translation>
    </message>
    <message>
        <source>Member %1: “%2” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>Member %1: “%2” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The expiry (%1) is before the signature (%2).</source>
        <translation>The expiry (%1) is before the signature (%2).</translation>
    </message>
    <message>
        <source>Enter the article (e.g. 24).</source>
        <translation>Enter the article (e.g. 24).</translation>
    </message>
    <message>
        <source>Provision %1: %2</source>
        <translation>Provision %1: %2</translation>
    </message>
    <message>
        <source>Article %1 is listed twice.</source>
        <translation>Article %1 is listed twice.</translation>
    </message>
    <message>
        <source>“%1” is not one of the allowed values.</source>
        <translation>“%1” is not one of the allowed values.</translation>
    </message>
    <message>
        <source>A party has no country.</source>
        <translation>A party has no country.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>A tag needs a name.</translation>
    </message>
    <message>
        <source>The tag “%1…” is %2 characters long; a tag is at most %3.</source>
        <translation>The tag “%1…” is %2 characters long; a tag is at most %3.</translation>
    </message>
    <message>
        <source>“%1” is not a colour: write #rrggbb (e.g. #1f77b4), or leave it empty.</source>
        <translation>“%1” is not a colour: write #rrggbb (e.g. #1f77b4), or leave it empty.</translation>
    </message>
    <message>
        <source>Each participant needs a country, an organization or a name.</source>
        <translation>Each participant needs a country, an organization or a name.</translation>
    </message>
    <message>
        <source>Enter a name in English or Japanese, or an acronym.</source>
        <translation>Enter a name in English or Japanese, or an acronym.</translation>
    </message>
    <message>
        <source>Half a character (U+%1, a lone surrogate) at position %2: the text is not valid Unicode.</source>
        <translation>Half a character (U+%1, a lone surrogate) at position %2: the text is not valid Unicode.</translation>
    </message>
    <message>
        <source>A NUL character at position %1.</source>
        <translation>A NUL character at position %1.</translation>
    </message>
    <message>
        <source>The invisible control character U+%1 at position %2.</source>
        <translation>The invisible control character U+%1 at position %2.</translation>
    </message>
    <message>
        <source>The invisible control character U+%1 at position %2 (a line break or tab belongs only in notes, summaries and descriptions).</source>
        <translation>The invisible control character U+%1 at position %2 (a line break or tab belongs only in notes, summaries and descriptions).</translation>
    </message>
    <message>
        <source>The direction control U+%1 at position %2: it would show the text after it reversed.</source>
        <translation>The direction control U+%1 at position %2: it would show the text after it reversed.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Liaison cannot open the database</source>
        <translation>Liaison cannot open the database</translation>
    </message>
    <message>
        <source>%1

Restore the newest good backup, %2? The file that cannot be opened is kept beside it.</source>
        <translation>%1

Restore the newest good backup, %2? The file that cannot be opened is kept beside it.</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>The backup could not be restored</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>%1 was restored from %2. The file that could not be opened is kept as %3.</source>
        <translation>%1 was restored from %2. The file that could not be opened is kept as %3.</translation>
    </message>
</context>
</TS>
