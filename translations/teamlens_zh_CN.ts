<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>The user %1 is not allowed to do this.</source>
        <translation>用户 %1 无权执行此操作。</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>check a store&apos;s integrity, schema version and row counts (exit 1 on any problem)</source>
        <translation>检查数据库的完整性、结构版本和各表行数（发现任何问题时退出码为 1）</translation>
    </message>
    <message>
        <source>The store to check.</source>
        <translation>要检查的数据库。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>teamlens check: --db FILE is required.</source>
        <translation>teamlens check：必须用 --db 指定数据库文件。</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Schema version: %1 (TeamLens upgrades it to %2 when it opens the store)</source>
        <translation>结构版本：%1（TeamLens 打开该数据库时会将其升级到 %2）</translation>
    </message>
    <message>
        <source>Schema version: %1 (current)</source>
        <translation>结构版本：%1（最新）</translation>
    </message>
    <message>
        <source>Journal mode: %1</source>
        <translation>日志模式：%1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>Foreign keys: %1</source>
        <translation>外键：%1</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>有错误</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>行数：</translation>
    </message>
    <message>
        <source>The store %1 has problems; restore it from a backup.</source>
        <translation>数据库 %1 存在问题，请从备份恢复。</translation>
    </message>
    <message>
        <source>Print the result as one JSON object (for scripts).</source>
        <translation>以一个 JSON 对象输出结果（供脚本使用）。</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
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
        <translation>用法：teamlens [--db FILE] [--shared]
      teamlens COMMAND [选项]

不带命令时，TeamLens 打开窗口并使用数据库文件 FILE（默认：数据文件夹中的本地数据库）。

选项：
  --db FILE     打开此数据库
  --shared      将数据库视为多个工作站共享（回滚日志）
  --local       将数据库视为本工作站独用（预写日志）
  -h, --help    显示此帮助
  -v, --version 显示版本

命令（运行“teamlens COMMAND --help”查看各命令的选项）：
</translation>
    </message>
    <message>
        <source>TeamLens cannot open its window: no display is available (DISPLAY and WAYLAND_DISPLAY are not set). Run it on a desktop, or run a command such as &quot;teamlens check&quot; (see &quot;teamlens --help&quot;).</source>
        <translation>TeamLens 无法打开窗口：没有可用的显示（未设置 DISPLAY 和 WAYLAND_DISPLAY）。请在桌面环境中运行，或运行命令，例如“teamlens check”（参见“teamlens --help”）。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is already open.</source>
        <translation>文件已经打开。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;.</source>
        <translation>未知的文本编码“%1”。</translation>
    </message>
    <message>
        <source>The separator must be a single ASCII character other than a quote or a line break.</source>
        <translation>分隔符必须是单个 ASCII 字符，且不能是引号或换行符。</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>内存不足。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>读取文件失败：%1</translation>
    </message>
    <message>
        <source>Line %1: malformed quoting in the record starting on line %2 (a quote inside an unquoted field, or text after a closing quote).</source>
        <translation>第 %1 行：从第 %2 行开始的记录引号格式错误（未加引号的字段中出现引号，或结束引号后还有文字）。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Line %1: the file ends inside a quoted field; the record starting on line %2 is incomplete (truncated file or unbalanced quote).</source>
        <translation>第 %1 行：文件在带引号的字段中结束；从第 %2 行开始的记录不完整（文件被截断或引号不成对）。</translation>
    </message>
    <message>
        <source>Line %1: the file ends in the middle of a record.</source>
        <translation>第 %1 行：文件在一条记录中间结束。</translation>
    </message>
</context>
<context>
    <name>DemoDataCommand</name>
    <message>
        <source>generate a realistic demo store</source>
        <translation>生成一个逼真的演示数据库</translation>
    </message>
    <message>
        <source>Generates a realistic, deterministic demo store into FILE: teams, agents, tickets and conversations.
The same seed, options and end date always give the same data. The store is written to FILE.partial and renamed to FILE only when complete.
Exit codes: 0 success, 1 failure, 2 wrong arguments.</source>
        <translation>在 FILE 中生成一个逼真且可复现的演示数据库：小组、客服、工单和会话。
相同的随机种子、选项和结束日期总是生成相同的数据。数据库先写入 FILE.partial，完成后才重命名为 FILE。
退出码：0 成功，1 失败，2 参数错误。</translation>
    </message>
    <message>
        <source>The store file to create (required).</source>
        <translation>要创建的数据库文件（必填）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Number of agents (default %1).</source>
        <translation>客服人数（默认 %1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Days of history (default %1).</source>
        <translation>历史天数（默认 %1）。</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Random seed (default %1).</source>
        <translation>随机种子（默认 %1）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Number of tickets (default: derived from agents and days).</source>
        <translation>工单数量（默认：根据客服人数和天数推算）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Share of tickets with a conversation, 0 to 1 (default %1).</source>
        <translation>带会话的工单比例，0 到 1（默认 %1）。</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>如果 FILE 已存在则替换。</translation>
    </message>
    <message>
        <source>teamlens demo-data: unexpected argument &quot;%1&quot;.</source>
        <translation>teamlens demo-data：多余的参数“%1”。</translation>
    </message>
    <message>
        <source>teamlens demo-data: --out FILE is required.</source>
        <translation>teamlens demo-data：必须用 --out 指定文件。</translation>
    </message>
    <message>
        <source>teamlens demo-data: %1</source>
        <translation>teamlens demo-data：%1</translation>
    </message>
    <message>
        <source>--agents needs a whole number of at least 1.</source>
        <translation>--agents 需要一个不小于 1 的整数。</translation>
    </message>
    <message>
        <source>--days needs a whole number of at least 1.</source>
        <translation>--days 需要一个不小于 1 的整数。</translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number.</source>
        <translation>--seed 需要一个非负整数。</translation>
    </message>
    <message>
        <source>--tickets needs a non-negative whole number.</source>
        <translation>--tickets 需要一个非负整数。</translation>
    </message>
    <message>
        <source>--end-date needs a date written YYYY-MM-DD.</source>
        <translation>--end-date 需要 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>--conversation-share needs a number between 0 and 1.</source>
        <translation>--conversation-share 需要一个 0 到 1 之间的数。</translation>
    </message>
    <message>
        <source>teamlens demo-data: %1 already exists; use --force to replace it.</source>
        <translation>teamlens demo-data：%1 已存在；使用 --force 替换它。</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 是一个文件夹。</translation>
    </message>
    <message>
        <source>teamlens demo-data: could not rename %1 to %2.</source>
        <translation>teamlens demo-data：无法将 %1 重命名为 %2。</translation>
    </message>
    <message>
        <source>Demo store written to %1</source>
        <translation>演示数据库已写入 %1</translation>
    </message>
    <message>
        <source>Agents: %1</source>
        <translation>客服：%1</translation>
    </message>
    <message>
        <source>Tickets: %1</source>
        <translation>工单：%1</translation>
    </message>
    <message>
        <source>Conversations: %1</source>
        <translation>会话：%1</translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation>消息：%1</translation>
    </message>
    <message>
        <source>Seconds: %1</source>
        <translation>用时（秒）：%1</translation>
    </message>
    <message>
        <source>Usage: teamlens demo-data --out FILE [--agents N] [--days D] [--seed S] [--tickets N] [--end-date YYYY-MM-DD] [--conversation-share F] [--force]</source>
        <translation>用法：teamlens demo-data --out FILE [--agents N] [--days D] [--seed S] [--tickets N] [--end-date YYYY-MM-DD] [--conversation-share F] [--force]</translation>
    </message>
    <message>
        <source>Last day of the period, in the team time zone (default: yesterday).</source>
        <translation>时间段的最后一天，按团队时区（默认：昨天）。</translation>
    </message>
</context>
<context>
    <name>DemoDataDialog</name>
    <message>
        <source>Generate demo data</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <source>&amp;Agents:</source>
        <translation>客服人数(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Days of history:</source>
        <translation>历史天数(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>随机种子(&amp;S)：</translation>
    </message>
    <message>
        <source>Adds generated teams, agents, tickets and conversations to the open store. The same seed and options give the same data.</source>
        <translation>向当前数据库添加生成的小组、客服、工单和会话。相同的随机种子和选项会生成相同的数据。</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Generating… %1 of %2 tickets</source>
        <translation>正在生成… 第 %1 / %2 个工单</translation>
    </message>
    <message>
        <source>Generated %1 agents, %2 tickets and %3 conversations.</source>
        <translation>已生成 %1 名客服、%2 个工单和 %3 个会话。</translation>
    </message>
    <message>
        <source>Cancelled; the store was not changed.</source>
        <translation>已取消；数据库未被改动。</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>The number of agents must be between 1 and 100000.</source>
        <translation>客服人数必须在 1 到 100000 之间。</translation>
    </message>
    <message>
        <source>The number of days must be between 1 and 3660.</source>
        <translation>天数必须在 1 到 3660 之间。</translation>
    </message>
    <message>
        <source>The number of tickets cannot be negative.</source>
        <translation>工单数量不能为负数。</translation>
    </message>
    <message>
        <source>The conversation share must be between 0 and 1.</source>
        <translation>会话比例必须在 0 到 1 之间。</translation>
    </message>
    <message>
        <source>Could not open the store %1.</source>
        <translation>无法打开数据库 %1。</translation>
    </message>
    <message>
        <source>Could not write demo data into %1: %2</source>
        <translation>无法将演示数据写入 %1：%2</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled; the store was not changed.</source>
        <translation>已取消生成演示数据；数据库未被改动。</translation>
    </message>
</context>
<context>
    <name>DemoOrganizationBuilder</name>
    <message>
        <source>The store has no department &quot;%1&quot;; it is not a complete TeamLens store.</source>
        <translation>数据库中没有部门“%1”；它不是完整的 TeamLens 数据库。</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>Open this store.</source>
        <translation>打开此数据库。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The store is shared by several workstations.</source>
        <translation>该数据库由多个工作站共享。</translation>
    </message>
    <message>
        <source>The store is local to this workstation.</source>
        <translation>该数据库仅供本工作站使用。</translation>
    </message>
    <message>
        <source>Use either --shared or --local, not both.</source>
        <translation>--shared 与 --local 只能选其一。</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>无法打开数据库</translation>
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
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Generate &amp;demo data…</source>
        <translation>生成演示数据(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About TeamLens</source>
        <translation>关于 TeamLens(&amp;A)</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>TeamLens — %1 (%2 store)</source>
        <translation>TeamLens — %1（%2数据库）</translation>
    </message>
    <message>
        <source>Empty store</source>
        <translation>空数据库</translation>
    </message>
    <message>
        <source>The store %1 holds no tickets yet. Fill it with generated demo data to explore TeamLens?</source>
        <translation>数据库 %1 中还没有工单。要填入生成的演示数据来体验 TeamLens 吗？</translation>
    </message>
    <message>
        <source>About TeamLens</source>
        <translation>关于 TeamLens</translation>
    </message>
    <message>
        <source>TeamLens %1
A workstation for e-commerce after-sales customer-service teams.
Store: %2 (schema version %3)</source>
        <translation>TeamLens %1
电商售后客服团队主管工作台。
数据库：%2（结构版本 %3）</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>No migrations found in %1.</source>
        <translation>在 %1 中没有找到迁移脚本。</translation>
    </message>
    <message>
        <source>Migration %1 is missing or numbered twice in %2.</source>
        <translation>%2 中的迁移脚本 %1 缺失或编号重复。</translation>
    </message>
    <message>
        <source>Could not upgrade the store %1 to version %2 (%3). The store was left at its previous version.</source>
        <translation>无法将数据库 %1 升级到版本 %2（%3）。数据库保持原来的版本。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Automatic (system language: %1)</source>
        <translation>自动（系统语言：%1）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A change of language takes effect the next time TeamLens starts.</source>
        <translation>更改语言将在下次启动 TeamLens 时生效。</translation>
    </message>
    <message>
        <source>The new language takes effect the next time TeamLens starts. Restart TeamLens to use it now.</source>
        <translation>新语言将在下次启动 TeamLens 时生效。如需立即使用，请重新启动 TeamLens。</translation>
    </message>
</context>
<context>
    <name>SlaEvaluator</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>无服务时效</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>Breached by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation>剩余 %1</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>No store file was given.</source>
        <translation>没有指定数据库文件。</translation>
    </message>
    <message>
        <source>The store %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the store %2.</source>
        <translation>无法为数据库 %2 创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a store file.</source>
        <translation>%1 是一个文件夹，而不是数据库文件。</translation>
    </message>
    <message>
        <source>The store %1 cannot be read: permission denied.</source>
        <translation>无法读取数据库 %1：权限不足。</translation>
    </message>
    <message>
        <source>The store %1 is read-only. TeamLens needs to write to it; make the file writable or open a copy.</source>
        <translation>数据库 %1 是只读的。TeamLens 需要写入该文件；请将其设为可写，或打开它的副本。</translation>
    </message>
    <message>
        <source>The folder of the store %1 is read-only. SQLite needs to create its journal there.</source>
        <translation>数据库 %1 所在的文件夹是只读的。SQLite 需要在那里创建日志文件。</translation>
    </message>
    <message>
        <source>%1 is not a TeamLens store (it is an SQLite database written by another program).</source>
        <translation>%1 不是 TeamLens 数据库（它是其他程序写入的 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer TeamLens (schema version %2; this version understands up to %3). It was not changed. Please update TeamLens.</source>
        <translation>数据库 %1 由更新版本的 TeamLens 写入（结构版本 %2；本版本最高支持 %3）。该数据库未被改动。请升级 TeamLens。</translation>
    </message>
    <message>
        <source>Could not write the backup %1 before upgrading the store %2; the store was not changed.</source>
        <translation>升级数据库 %2 之前无法写入备份 %1；数据库未被改动。</translation>
    </message>
    <message>
        <source>The store %1 is locked by another program or workstation. Try again in a moment.</source>
        <translation>数据库 %1 被其他程序或工作站锁定。请稍后再试。</translation>
    </message>
    <message>
        <source>The store %1 cannot be written (read-only).</source>
        <translation>无法写入数据库 %1（只读）。</translation>
    </message>
    <message>
        <source>The store %1 is damaged (SQLite reports a malformed database). Restore it from a backup.</source>
        <translation>数据库 %1 已损坏（SQLite 报告数据库格式错误）。请从备份恢复。</translation>
    </message>
    <message>
        <source>%1 is not a TeamLens store (it is not an SQLite database, or it is encrypted or damaged).</source>
        <translation>%1 不是 TeamLens 数据库（它不是 SQLite 数据库，或已加密或损坏）。</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened.</source>
        <translation>无法打开数据库 %1。</translation>
    </message>
    <message>
        <source>The disk holding the store %1 is full; nothing was written.</source>
        <translation>数据库 %1 所在的磁盘已满；没有写入任何内容。</translation>
    </message>
    <message>
        <source>Reading or writing the store %1 failed (input/output error).</source>
        <translation>读写数据库 %1 失败（输入/输出错误）。</translation>
    </message>
    <message>
        <source>A query on the store %1 failed.</source>
        <translation>数据库 %1 上的查询失败。</translation>
    </message>
    <message>
        <source>%1 is empty; it is not a TeamLens store yet.</source>
        <translation>%1 是空文件，还不是 TeamLens 数据库。</translation>
    </message>
</context>
<context>
    <name>StoreInspector</name>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>%2 的第 %1 行引用了 %3 中不存在的行</translation>
    </message>
</context>
<context>
    <name>TicketDetailPane</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Platform / channel</source>
        <translation>平台 / 渠道</translation>
    </message>
    <message>
        <source>Type / category</source>
        <translation>工单类型 / 问题分类</translation>
    </message>
    <message>
        <source>Priority / tier</source>
        <translation>优先级 / 层级</translation>
    </message>
    <message>
        <source>Agent / team</source>
        <translation>客服 / 小组</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Response SLA</source>
        <translation>响应时效</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>Resolution SLA</source>
        <translation>解决时效</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>No ticket selected</source>
        <translation>未选择工单</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (amount %2, refund %3)</source>
        <translation>%1（金额 %2，退款 %3）</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 分（满分 5）</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>未作答</translation>
    </message>
    <message numerus="yes">
        <source>reopened %n time(s)</source>
        <translation>
            <numerusform>重开 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>handled in %1</source>
        <translation>处理用时 %1</translation>
    </message>
    <message>
        <source>complaint about %1</source>
        <translation>投诉对象：%1</translation>
    </message>
    <message>
        <source>No conversation recorded.</source>
        <translation>没有会话记录。</translation>
    </message>
    <message>
        <source>customer waited %1</source>
        <translation>客户等待了 %1</translation>
    </message>
    <message>
        <source>Not reopened, not escalated</source>
        <translation>未重开，未升级</translation>
    </message>
    <message>
        <source>%1 (amount %2)</source>
        <translation>%1（金额 %2）</translation>
    </message>
</context>
<context>
    <name>TicketFilterBar</name>
    <message>
        <source>Order or ticket id…</source>
        <translation>订单号或工单号…</translation>
    </message>
    <message>
        <source>Shows tickets whose order id or external id starts with this text</source>
        <translation>显示订单号或外部编号以此文本开头的工单</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部工单类型</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部问题分类</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部小组</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>全部客服</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>From this day (inclusive)</source>
        <translation>从此日起（含）</translation>
    </message>
    <message>
        <source>To this day (inclusive)</source>
        <translation>至此日止（含）</translation>
    </message>
    <message>
        <source>Response SLA breached</source>
        <translation>响应已超时</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>First response due %1</source>
        <translation>首次响应截止 %1</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>无服务时效</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <source>Not sortable: sorting by this column would sort every matching ticket</source>
        <translation>不可排序：按此列排序需要对所有匹配的工单排序</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>工单类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题分类</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Response SLA</source>
        <translation>响应时效</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
</context>
<context>
    <name>TicketTableView</name>
    <message>
        <source>Fit columns to contents</source>
        <translation>列宽适应内容</translation>
    </message>
</context>
<context>
    <name>TicketWorkspace</name>
    <message>
        <source>Could not read the tickets: %1</source>
        <translation>无法读取工单：%1</translation>
    </message>
    <message>
        <source>Counting tickets…</source>
        <translation>正在统计工单…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln 个工单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Taobao/Tmall</source>
        <translation>淘宝/天猫</translation>
    </message>
    <message>
        <source>JD</source>
        <translation>京东</translation>
    </message>
    <message>
        <source>Pinduoduo</source>
        <translation>拼多多</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <source>Own shop</source>
        <translation>自营商城</translation>
    </message>
    <message>
        <source>Online chat</source>
        <translation>在线客服</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>在线表单</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Logistics inquiry</source>
        <translation>物流查询</translation>
    </message>
    <message>
        <source>Product issue</source>
        <translation>产品问题</translation>
    </message>
    <message>
        <source>Service issue</source>
        <translation>服务问题</translation>
    </message>
    <message>
        <source>Logistics issue</source>
        <translation>物流问题</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation>待客户回复</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>L1 first contact</source>
        <translation>一线（首次接待）</translation>
    </message>
    <message>
        <source>L2 technical</source>
        <translation>二线（技术支持）</translation>
    </message>
    <message>
        <source>L3 complaints and after-sales</source>
        <translation>三线（投诉与售后）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>早班</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>中班</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>晚班</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>夜班</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>分段班</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is not a readable XLSX workbook (not a valid zip archive, error %2).</source>
        <translation>%1 不是可读取的 XLSX 工作簿（不是有效的 zip 压缩包，错误 %2）。</translation>
    </message>
    <message>
        <source>The workbook is incomplete: part %1 is missing.</source>
        <translation>工作簿不完整：缺少部件 %1。</translation>
    </message>
    <message>
        <source>Cannot read part %1 of the workbook (zip error %2).</source>
        <translation>无法读取工作簿的部件 %1（zip 错误 %2）。</translation>
    </message>
    <message>
        <source>Part %1 of the workbook is corrupt (zip error %2).</source>
        <translation>工作簿的部件 %1 已损坏（zip 错误 %2）。</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook: %1 is missing.</source>
        <translation>该文件不是 Excel 工作簿：缺少 %1。</translation>
    </message>
    <message>
        <source>The workbook names sheet &quot;%1&quot; but its part is not listed.</source>
        <translation>工作簿列出了工作表“%1”，但找不到它的部件。</translation>
    </message>
    <message>
        <source>%1 is not valid XML: %2 (line %3).</source>
        <translation>%1 不是有效的 XML：%2（第 %3 行）。</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>The workbook is not open.</source>
        <translation>工作簿尚未打开。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;%1&quot;.</source>
        <translation>工作簿中没有名为“%1”的工作表。</translation>
    </message>
    <message>
        <source>The workbook is incomplete: sheet &quot;%1&quot; (%2) is missing.</source>
        <translation>工作簿不完整：缺少工作表“%1”（%2）。</translation>
    </message>
    <message>
        <source>Cannot read sheet &quot;%1&quot; (zip error %2).</source>
        <translation>无法读取工作表“%1”（zip 错误 %2）。</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; is not valid XML: %2 (line %3).</source>
        <translation>工作表“%1”不是有效的 XML：%2（第 %3 行）。</translation>
    </message>
    <message>
        <source>Sheet %1 is corrupt near row %2: %3.</source>
        <translation>工作表 %1 在第 %2 行附近已损坏：%3。</translation>
    </message>
    <message>
        <source>Sheet %1 ends before its data is complete.</source>
        <translation>工作表 %1 在数据完整之前就结束了。</translation>
    </message>
    <message>
        <source>Row %1: cell reference &quot;%2&quot; is invalid or out of order.</source>
        <translation>第 %1 行：单元格引用“%2”无效或顺序错误。</translation>
    </message>
    <message>
        <source>Row %1: a cell refers to shared string %2, which the workbook does not have.</source>
        <translation>第 %1 行：单元格引用了共享字符串 %2，但工作簿中没有该字符串。</translation>
    </message>
</context>
</TS>
