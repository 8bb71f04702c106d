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
        <source>Usage: liaison [--db PATH] [--lang en|ja] [COMMAND]

Without a command, opens the Liaison window on the database.

Commands:
  init [--empty]        create the database; loads the bundled dataset unless --empty
  check                 check integrity, foreign keys and schema version (exit 1 on a problem)
  list KIND [--filter TEXT] [--format table|csv|json]
                        KIND: countries, dialogues, fora, events, agreements, policies, actions
  backup -o FILE        save a verified copy of the database (SQLite&apos;s backup API)
  restore FILE          replace the database with a verified backup; the replaced one is kept
  search TEXT [--format table|json]
                        every record containing TEXT, grouped by kind, best first

Options:
  --db PATH             the database file (default: $LIAISON_DB, else %1)
  --lang en|ja          language of names and messages
  -h, --help            show this help
  -v, --version         show the version
</source>
        <translation>Usage: liaison [--db PATH] [--lang en|ja] [COMMAND]

Without a command, opens the Liaison window on the database.

Commands:
  init [--empty]        create the database; loads the bundled dataset unless --empty
  check                 check integrity, foreign keys and schema version (exit 1 on a problem)
  list KIND [--filter TEXT] [--format table|csv|json]
                        KIND: countries, dialogues, fora, events, agreements, policies, actions
  backup -o FILE        save a verified copy of the database (SQLite&apos;s backup API)
  restore FILE          replace the database with a verified backup; the replaced one is kept
  search TEXT [--format table|json]
                        every record containing TEXT, grouped by kind, best first

Options:
  --db PATH             the database file (default: $LIAISON_DB, else %1)
  --lang en|ja          language of names and messages
  -h, --help            show this help
  -v, --version         show the version
</translation>
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
</context>
<context>
    <name>Models</name>
    <message>
        <source>Unconfirmed: not verified in a source</source>
        <translation>Unconfirmed: not verified in a source</translation>
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
