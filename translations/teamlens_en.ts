<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>The user %1 is not allowed to do this.</source>
        <translation>The user %1 is not allowed to do this.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>check a store&apos;s integrity, schema version and row counts (exit 1 on any problem)</source>
        <translation>check a store&apos;s integrity, schema version and row counts (exit 1 on any problem)</translation>
    </message>
    <message>
        <source>The store to check.</source>
        <translation>The store to check.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>teamlens check: --db FILE is required.</source>
        <translation>teamlens check: --db FILE is required.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (TeamLens upgrades it to %2 when it opens the store)</source>
        <translation>Schema version: %1 (TeamLens upgrades it to %2 when it opens the store)</translation>
    </message>
    <message>
        <source>Schema version: %1 (current)</source>
        <translation>Schema version: %1 (current)</translation>
    </message>
    <message>
        <source>Journal mode: %1</source>
        <translation>Journal mode: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integrity: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>DAMAGED</translation>
    </message>
    <message>
        <source>Foreign keys: %1</source>
        <translation>Foreign keys: %1</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>BROKEN</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Rows:</translation>
    </message>
    <message>
        <source>The store %1 has problems; restore it from a backup.</source>
        <translation>The store %1 has problems; restore it from a backup.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object (for scripts).</source>
        <translation>Print the result as one JSON object (for scripts).</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: teamlens [--db FILE] [--shared]
       teamlens COMMAND [options]

Without a command, TeamLens starts its window on the store FILE (default: the local store in your data folder).

Options:
  --db FILE     open this store
  --shared      treat the store as shared by several workstations (rollback journal)
  --local       treat the store as local to this workstation (write-ahead log)
  -h, --help    show this help
  -v, --version show the version

Commands (run &quot;teamlens COMMAND --help&quot; for their options):
</source>
        <translation>Usage: teamlens [--db FILE] [--shared]
       teamlens COMMAND [options]

Without a command, TeamLens starts its window on the store FILE (default: the local store in your data folder).

Options:
  --db FILE     open this store
  --shared      treat the store as shared by several workstations (rollback journal)
  --local       treat the store as local to this workstation (write-ahead log)
  -h, --help    show this help
  -v, --version show the version

Commands (run &quot;teamlens COMMAND --help&quot; for their options):
</translation>
    </message>
    <message>
        <source>TeamLens cannot open its window: no display is available (DISPLAY and WAYLAND_DISPLAY are not set). Run it on a desktop, or run a command such as &quot;teamlens check&quot; (see &quot;teamlens --help&quot;).</source>
        <translation>TeamLens cannot open its window: no display is available (DISPLAY and WAYLAND_DISPLAY are not set). Run it on a desktop, or run a command such as &quot;teamlens check&quot; (see &quot;teamlens --help&quot;).</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is already open.</source>
        <translation>The file is already open.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;.</source>
        <translation>Unknown text encoding &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The separator must be a single ASCII character other than a quote or a line break.</source>
        <translation>The separator must be a single ASCII character other than a quote or a line break.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Out of memory.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>Reading the file failed: %1</translation>
    </message>
    <message>
        <source>Line %1: malformed quoting in the record starting on line %2 (a quote inside an unquoted field, or text after a closing quote).</source>
        <translation>Line %1: malformed quoting in the record starting on line %2 (a quote inside an unquoted field, or text after a closing quote).</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Line %1: the file ends inside a quoted field; the record starting on line %2 is incomplete (truncated file or unbalanced quote).</source>
        <translation>Line %1: the file ends inside a quoted field; the record starting on line %2 is incomplete (truncated file or unbalanced quote).</translation>
    </message>
    <message>
        <source>Line %1: the file ends in the middle of a record.</source>
        <translation>Line %1: the file ends in the middle of a record.</translation>
    </message>
</context>
<context>
    <name>DemoDataCommand</name>
    <message>
        <source>generate a realistic demo store</source>
        <translation>generate a realistic demo store</translation>
    </message>
    <message>
        <source>Generates a realistic, deterministic demo store into FILE: teams, agents, tickets and conversations.
The same seed, options and end date always give the same data. The store is written to FILE.partial and renamed to FILE only when complete.
Exit codes: 0 success, 1 failure, 2 wrong arguments.</source>
        <translation>Generates a realistic, deterministic demo store into FILE: teams, agents, tickets and conversations.
The same seed, options and end date always give the same data. The store is written to FILE.partial and renamed to FILE only when complete.
Exit codes: 0 success, 1 failure, 2 wrong arguments.</translation>
    </message>
    <message>
        <source>The store file to create (required).</source>
        <translation>The store file to create (required).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Number of agents (default %1).</source>
        <translation>Number of agents (default %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Days of history (default %1).</source>
        <translation>Days of history (default %1).</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Random seed (default %1).</source>
        <translation>Random seed (default %1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Number of tickets (default: derived from agents and days).</source>
        <translation>Number of tickets (default: derived from agents and days).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Share of tickets with a conversation, 0 to 1 (default %1).</source>
        <translation>Share of tickets with a conversation, 0 to 1 (default %1).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Replace FILE if it exists.</translation>
    </message>
    <message>
        <source>teamlens demo-data: unexpected argument &quot;%1&quot;.</source>
        <translation>teamlens demo-data: unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>teamlens demo-data: --out FILE is required.</source>
        <translation>teamlens demo-data: --out FILE is required.</translation>
    </message>
    <message>
        <source>teamlens demo-data: %1</source>
        <translation>teamlens demo-data: %1</translation>
    </message>
    <message>
        <source>--agents needs a whole number of at least 1.</source>
        <translation>--agents needs a whole number of at least 1.</translation>
    </message>
    <message>
        <source>--days needs a whole number of at least 1.</source>
        <translation>--days needs a whole number of at least 1.</translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number.</source>
        <translation>--seed needs a non-negative whole number.</translation>
    </message>
    <message>
        <source>--tickets needs a non-negative whole number.</source>
        <translation>--tickets needs a non-negative whole number.</translation>
    </message>
    <message>
        <source>--end-date needs a date written YYYY-MM-DD.</source>
        <translation>--end-date needs a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--conversation-share needs a number between 0 and 1.</source>
        <translation>--conversation-share needs a number between 0 and 1.</translation>
    </message>
    <message>
        <source>teamlens demo-data: %1 already exists; use --force to replace it.</source>
        <translation>teamlens demo-data: %1 already exists; use --force to replace it.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 is a folder.</translation>
    </message>
    <message>
        <source>teamlens demo-data: could not rename %1 to %2.</source>
        <translation>teamlens demo-data: could not rename %1 to %2.</translation>
    </message>
    <message>
        <source>Demo store written to %1</source>
        <translation>Demo store written to %1</translation>
    </message>
    <message>
        <source>Agents: %1</source>
        <translation>Agents: %1</translation>
    </message>
    <message>
        <source>Tickets: %1</source>
        <translation>Tickets: %1</translation>
    </message>
    <message>
        <source>Conversations: %1</source>
        <translation>Conversations: %1</translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation>Messages: %1</translation>
    </message>
    <message>
        <source>Seconds: %1</source>
        <translation>Seconds: %1</translation>
    </message>
    <message>
        <source>Usage: teamlens demo-data --out FILE [--agents N] [--days D] [--seed S] [--tickets N] [--end-date YYYY-MM-DD] [--conversation-share F] [--force]</source>
        <translation>Usage: teamlens demo-data --out FILE [--agents N] [--days D] [--seed S] [--tickets N] [--end-date YYYY-MM-DD] [--conversation-share F] [--force]</translation>
    </message>
    <message>
        <source>Last day of the period, in the team time zone (default: yesterday).</source>
        <translation>Last day of the period, in the team time zone (default: yesterday).</translation>
    </message>
</context>
<context>
    <name>DemoDataDialog</name>
    <message>
        <source>Generate demo data</source>
        <translation>Generate demo data</translation>
    </message>
    <message>
        <source>&amp;Agents:</source>
        <translation>&amp;Agents:</translation>
    </message>
    <message>
        <source>&amp;Days of history:</source>
        <translation>&amp;Days of history:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>Adds generated teams, agents, tickets and conversations to the open store. The same seed and options give the same data.</source>
        <translation>Adds generated teams, agents, tickets and conversations to the open store. The same seed and options give the same data.</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Generating…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Generating… %1 of %2 tickets</source>
        <translation>Generating… %1 of %2 tickets</translation>
    </message>
    <message>
        <source>Generated %1 agents, %2 tickets and %3 conversations.</source>
        <translation>Generated %1 agents, %2 tickets and %3 conversations.</translation>
    </message>
    <message>
        <source>Cancelled; the store was not changed.</source>
        <translation>Cancelled; the store was not changed.</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>The number of agents must be between 1 and 100000.</source>
        <translation>The number of agents must be between 1 and 100000.</translation>
    </message>
    <message>
        <source>The number of days must be between 1 and 3660.</source>
        <translation>The number of days must be between 1 and 3660.</translation>
    </message>
    <message>
        <source>The number of tickets cannot be negative.</source>
        <translation>The number of tickets cannot be negative.</translation>
    </message>
    <message>
        <source>The conversation share must be between 0 and 1.</source>
        <translation>The conversation share must be between 0 and 1.</translation>
    </message>
    <message>
        <source>Could not open the store %1.</source>
        <translation>Could not open the store %1.</translation>
    </message>
    <message>
        <source>Could not write demo data into %1: %2</source>
        <translation>Could not write demo data into %1: %2</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled; the store was not changed.</source>
        <translation>Demo data generation was cancelled; the store was not changed.</translation>
    </message>
</context>
<context>
    <name>DemoOrganizationBuilder</name>
    <message>
        <source>The store has no department &quot;%1&quot;; it is not a complete TeamLens store.</source>
        <translation>The store has no department &quot;%1&quot;; it is not a complete TeamLens store.</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>Open this store.</source>
        <translation>Open this store.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The store is shared by several workstations.</source>
        <translation>The store is shared by several workstations.</translation>
    </message>
    <message>
        <source>The store is local to this workstation.</source>
        <translation>The store is local to this workstation.</translation>
    </message>
    <message>
        <source>Use either --shared or --local, not both.</source>
        <translation>Use either --shared or --local, not both.</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>Cannot open the store</translation>
    </message>
    <message>
        <source>TeamLens</source>
        <translation>TeamLens</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Generate &amp;demo data…</source>
        <translation>Generate &amp;demo data…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About TeamLens</source>
        <translation>&amp;About TeamLens</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>shared</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>TeamLens — %1 (%2 store)</source>
        <translation>TeamLens — %1 (%2 store)</translation>
    </message>
    <message>
        <source>Empty store</source>
        <translation>Empty store</translation>
    </message>
    <message>
        <source>The store %1 holds no tickets yet. Fill it with generated demo data to explore TeamLens?</source>
        <translation>The store %1 holds no tickets yet. Fill it with generated demo data to explore TeamLens?</translation>
    </message>
    <message>
        <source>About TeamLens</source>
        <translation>About TeamLens</translation>
    </message>
    <message>
        <source>TeamLens %1
A workstation for e-commerce after-sales customer-service teams.
Store: %2 (schema version %3)</source>
        <translation>TeamLens %1
A workstation for e-commerce after-sales customer-service teams.
Store: %2 (schema version %3)</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>No migrations found in %1.</source>
        <translation>No migrations found in %1.</translation>
    </message>
    <message>
        <source>Migration %1 is missing or numbered twice in %2.</source>
        <translation>Migration %1 is missing or numbered twice in %2.</translation>
    </message>
    <message>
        <source>Could not upgrade the store %1 to version %2 (%3). The store was left at its previous version.</source>
        <translation>Could not upgrade the store %1 to version %2 (%3). The store was left at its previous version.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Automatic (system language: %1)</source>
        <translation>Automatic (system language: %1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A change of language takes effect the next time TeamLens starts.</source>
        <translation>A change of language takes effect the next time TeamLens starts.</translation>
    </message>
    <message>
        <source>The new language takes effect the next time TeamLens starts. Restart TeamLens to use it now.</source>
        <translation>The new language takes effect the next time TeamLens starts. Restart TeamLens to use it now.</translation>
    </message>
</context>
<context>
    <name>SlaEvaluator</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>No SLA</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Breached by %1</source>
        <translation>Breached by %1</translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation>Due in %1</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>No store file was given.</source>
        <translation>No store file was given.</translation>
    </message>
    <message>
        <source>The store %1 does not exist.</source>
        <translation>The store %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the store %2.</source>
        <translation>Cannot create the folder %1 for the store %2.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a store file.</source>
        <translation>%1 is a folder, not a store file.</translation>
    </message>
    <message>
        <source>The store %1 cannot be read: permission denied.</source>
        <translation>The store %1 cannot be read: permission denied.</translation>
    </message>
    <message>
        <source>The store %1 is read-only. TeamLens needs to write to it; make the file writable or open a copy.</source>
        <translation>The store %1 is read-only. TeamLens needs to write to it; make the file writable or open a copy.</translation>
    </message>
    <message>
        <source>The folder of the store %1 is read-only. SQLite needs to create its journal there.</source>
        <translation>The folder of the store %1 is read-only. SQLite needs to create its journal there.</translation>
    </message>
    <message>
        <source>%1 is not a TeamLens store (it is an SQLite database written by another program).</source>
        <translation>%1 is not a TeamLens store (it is an SQLite database written by another program).</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer TeamLens (schema version %2; this version understands up to %3). It was not changed. Please update TeamLens.</source>
        <translation>The store %1 was written by a newer TeamLens (schema version %2; this version understands up to %3). It was not changed. Please update TeamLens.</translation>
    </message>
    <message>
        <source>Could not write the backup %1 before upgrading the store %2; the store was not changed.</source>
        <translation>Could not write the backup %1 before upgrading the store %2; the store was not changed.</translation>
    </message>
    <message>
        <source>The store %1 is locked by another program or workstation. Try again in a moment.</source>
        <translation>The store %1 is locked by another program or workstation. Try again in a moment.</translation>
    </message>
    <message>
        <source>The store %1 cannot be written (read-only).</source>
        <translation>The store %1 cannot be written (read-only).</translation>
    </message>
    <message>
        <source>The store %1 is damaged (SQLite reports a malformed database). Restore it from a backup.</source>
        <translation>The store %1 is damaged (SQLite reports a malformed database). Restore it from a backup.</translation>
    </message>
    <message>
        <source>%1 is not a TeamLens store (it is not an SQLite database, or it is encrypted or damaged).</source>
        <translation>%1 is not a TeamLens store (it is not an SQLite database, or it is encrypted or damaged).</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened.</source>
        <translation>The store %1 cannot be opened.</translation>
    </message>
    <message>
        <source>The disk holding the store %1 is full; nothing was written.</source>
        <translation>The disk holding the store %1 is full; nothing was written.</translation>
    </message>
    <message>
        <source>Reading or writing the store %1 failed (input/output error).</source>
        <translation>Reading or writing the store %1 failed (input/output error).</translation>
    </message>
    <message>
        <source>A query on the store %1 failed.</source>
        <translation>A query on the store %1 failed.</translation>
    </message>
    <message>
        <source>%1 is empty; it is not a TeamLens store yet.</source>
        <translation>%1 is empty; it is not a TeamLens store yet.</translation>
    </message>
</context>
<context>
    <name>StoreInspector</name>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>row %1 of %2 refers to a missing row of %3</translation>
    </message>
</context>
<context>
    <name>TicketDetailPane</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Platform / channel</source>
        <translation>Platform / channel</translation>
    </message>
    <message>
        <source>Type / category</source>
        <translation>Type / category</translation>
    </message>
    <message>
        <source>Priority / tier</source>
        <translation>Priority / tier</translation>
    </message>
    <message>
        <source>Agent / team</source>
        <translation>Agent / team</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <source>Response SLA</source>
        <translation>Response SLA</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Resolution SLA</source>
        <translation>Resolution SLA</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>No ticket selected</source>
        <translation>No ticket selected</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>%1 (amount %2, refund %3)</source>
        <translation>%1 (amount %2, refund %3)</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 of 5</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message numerus="yes">
        <source>reopened %n time(s)</source>
        <translation>
            <numerusform>reopened %n time(s)</numerusform>
            <numerusform>reopened %n time(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escalated</translation>
    </message>
    <message>
        <source>handled in %1</source>
        <translation>handled in %1</translation>
    </message>
    <message>
        <source>complaint about %1</source>
        <translation>complaint about %1</translation>
    </message>
    <message>
        <source>No conversation recorded.</source>
        <translation>No conversation recorded.</translation>
    </message>
    <message>
        <source>customer waited %1</source>
        <translation>customer waited %1</translation>
    </message>
    <message>
        <source>Not reopened, not escalated</source>
        <translation>Not reopened, not escalated</translation>
    </message>
    <message>
        <source>%1 (amount %2)</source>
        <translation>%1 (amount %2)</translation>
    </message>
</context>
<context>
    <name>TicketFilterBar</name>
    <message>
        <source>Order or ticket id…</source>
        <translation>Order or ticket id…</translation>
    </message>
    <message>
        <source>Shows tickets whose order id or external id starts with this text</source>
        <translation>Shows tickets whose order id or external id starts with this text</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>From this day (inclusive)</source>
        <translation>From this day (inclusive)</translation>
    </message>
    <message>
        <source>To this day (inclusive)</source>
        <translation>To this day (inclusive)</translation>
    </message>
    <message>
        <source>Response SLA breached</source>
        <translation>Response SLA breached</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>First response due %1</source>
        <translation>First response due %1</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>No SLA</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Breached</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Not sortable: sorting by this column would sort every matching ticket</source>
        <translation>Not sortable: sorting by this column would sort every matching ticket</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <source>Response SLA</source>
        <translation>Response SLA</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
</context>
<context>
    <name>TicketTableView</name>
    <message>
        <source>Fit columns to contents</source>
        <translation>Fit columns to contents</translation>
    </message>
</context>
<context>
    <name>TicketWorkspace</name>
    <message>
        <source>Could not read the tickets: %1</source>
        <translation>Could not read the tickets: %1</translation>
    </message>
    <message>
        <source>Counting tickets…</source>
        <translation>Counting tickets…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Taobao/Tmall</source>
        <translation>Taobao/Tmall</translation>
    </message>
    <message>
        <source>JD</source>
        <translation>JD</translation>
    </message>
    <message>
        <source>Pinduoduo</source>
        <translation>Pinduoduo</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>Douyin</translation>
    </message>
    <message>
        <source>Own shop</source>
        <translation>Own shop</translation>
    </message>
    <message>
        <source>Online chat</source>
        <translation>Online chat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Web form</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Logistics inquiry</source>
        <translation>Logistics inquiry</translation>
    </message>
    <message>
        <source>Product issue</source>
        <translation>Product issue</translation>
    </message>
    <message>
        <source>Service issue</source>
        <translation>Service issue</translation>
    </message>
    <message>
        <source>Logistics issue</source>
        <translation>Logistics issue</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation>Pending customer</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>L1 first contact</source>
        <translation>L1 first contact</translation>
    </message>
    <message>
        <source>L2 technical</source>
        <translation>L2 technical</translation>
    </message>
    <message>
        <source>L3 complaints and after-sales</source>
        <translation>L3 complaints and after-sales</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Evening</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Night</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is not a readable XLSX workbook (not a valid zip archive, error %2).</source>
        <translation>%1 is not a readable XLSX workbook (not a valid zip archive, error %2).</translation>
    </message>
    <message>
        <source>The workbook is incomplete: part %1 is missing.</source>
        <translation>The workbook is incomplete: part %1 is missing.</translation>
    </message>
    <message>
        <source>Cannot read part %1 of the workbook (zip error %2).</source>
        <translation>Cannot read part %1 of the workbook (zip error %2).</translation>
    </message>
    <message>
        <source>Part %1 of the workbook is corrupt (zip error %2).</source>
        <translation>Part %1 of the workbook is corrupt (zip error %2).</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook: %1 is missing.</source>
        <translation>The file is not an Excel workbook: %1 is missing.</translation>
    </message>
    <message>
        <source>The workbook names sheet &quot;%1&quot; but its part is not listed.</source>
        <translation>The workbook names sheet &quot;%1&quot; but its part is not listed.</translation>
    </message>
    <message>
        <source>%1 is not valid XML: %2 (line %3).</source>
        <translation>%1 is not valid XML: %2 (line %3).</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>The workbook has no sheets.</translation>
    </message>
    <message>
        <source>The workbook is not open.</source>
        <translation>The workbook is not open.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;%1&quot;.</source>
        <translation>The workbook has no sheet named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The workbook is incomplete: sheet &quot;%1&quot; (%2) is missing.</source>
        <translation>The workbook is incomplete: sheet &quot;%1&quot; (%2) is missing.</translation>
    </message>
    <message>
        <source>Cannot read sheet &quot;%1&quot; (zip error %2).</source>
        <translation>Cannot read sheet &quot;%1&quot; (zip error %2).</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; is not valid XML: %2 (line %3).</source>
        <translation>Sheet &quot;%1&quot; is not valid XML: %2 (line %3).</translation>
    </message>
    <message>
        <source>Sheet %1 is corrupt near row %2: %3.</source>
        <translation>Sheet %1 is corrupt near row %2: %3.</translation>
    </message>
    <message>
        <source>Sheet %1 ends before its data is complete.</source>
        <translation>Sheet %1 ends before its data is complete.</translation>
    </message>
    <message>
        <source>Row %1: cell reference &quot;%2&quot; is invalid or out of order.</source>
        <translation>Row %1: cell reference &quot;%2&quot; is invalid or out of order.</translation>
    </message>
    <message>
        <source>Row %1: a cell refers to shared string %2, which the workbook does not have.</source>
        <translation>Row %1: a cell refers to shared string %2, which the workbook does not have.</translation>
    </message>
</context>
</TS>
