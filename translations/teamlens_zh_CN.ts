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
    <name>AgentDrillDownDialog</name>
    <message>
        <source>%1 — KPIs over time</source>
        <translation>%1 — 绩效指标趋势</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>指标(&amp;K)：</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Open &amp;tickets of %1</source>
        <translation>打开 %1 的工单(&amp;T)</translation>
    </message>
    <message>
        <source>Open t&amp;rends</source>
        <translation>打开趋势(&amp;R)</translation>
    </message>
    <message>
        <source>Could not compute the KPIs: %1</source>
        <translation>无法计算绩效指标：%1</translation>
    </message>
    <message>
        <source>Counting rules version %1. Click a point to open its tickets.</source>
        <translation>计数规则版本 %1。点击数据点可打开对应工单。</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
</context>
<context>
    <name>AgentKpiTableModel</name>
    <message>
        <source>Value: %1</source>
        <translation>数值：%1</translation>
    </message>
    <message>
        <source>Sample size: %1</source>
        <translation>样本量：%1</translation>
    </message>
    <message>
        <source>Too few samples to compare people by this figure.</source>
        <translation>样本过少，不宜据此比较客服。</translation>
    </message>
    <message>
        <source>Compared with the team: %1</source>
        <translation>对比团队：%1</translation>
    </message>
    <message>
        <source>Counting rules: version %1</source>
        <translation>计数规则：版本 %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>N%1</source>
        <comment>rank in the onboarding cohort</comment>
        <translation>新%1</translation>
    </message>
    <message numerus="yes">
        <source>Not ranked: %n ticket(s) handled, under the minimum volume.</source>
        <translation>
            <numerusform>不参与排名：接待 %n 张工单，低于最低接待量。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ranked: no KPI had enough samples to score.</source>
        <translation>不参与排名：没有样本量足够计分的指标。</translation>
    </message>
    <message>
        <source>Rank among agents still in onboarding.</source>
        <translation>在新人期客服中的排名。</translation>
    </message>
    <message>
        <source>Rank across the center.</source>
        <translation>全中心排名。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Rank %1 in the previous period.</source>
        <translation>上一期排名第 %1。</translation>
    </message>
    <message>
        <source>* Some KPIs had too few samples: the composite is over the others, their weights scaled up to 100.</source>
        <translation>* 部分指标样本不足：综合得分按其余指标计算，其权重按比例放大到 100。</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>not employed in the period</source>
        <translation>本期未在职</translation>
    </message>
    <message>
        <source>Not ranked: not employed for the whole period (hired after it began or left before it ended).</source>
        <translation>不参与排名：本期并非全程在职（期初之后入职或期末之前离职）。</translation>
    </message>
    <message>
        <source>Rank among the team&apos;s agents still in onboarding.</source>
        <translation>在小组内仍处于入职期的客服中的排名。</translation>
    </message>
    <message>
        <source>Rank within the team (%1).</source>
        <translation>小组内排名（%1）。</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>入职期</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>正式</translation>
    </message>
    <message>
        <source>%1 · not ranked: low volume</source>
        <translation>%1 · 不参与排名：接待量不足</translation>
    </message>
    <message>
        <source>%1 · not ranked: no score</source>
        <translation>%1 · 不参与排名：无得分</translation>
    </message>
    <message>
        <source>Still in onboarding (recently hired): ranked apart from the regular agents.</source>
        <translation>仍处于入职期（新入职）：与正式客服分开排名。</translation>
    </message>
    <message>
        <source>Score: %1 (weight %2%)</source>
        <translation>得分：%1（权重 %2%）</translation>
    </message>
    <message>
        <source>No score (weight %1%): too few samples; the other KPIs carry its weight.</source>
        <translation>无得分（权重 %1%）：样本太少，其权重由其他指标分摊。</translation>
    </message>
    <message>
        <source>What-if weights, not saved.</source>
        <translation>模拟权重，未保存。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a KPI&apos;s value · its score</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Team rank</source>
        <translation>小组排名</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>分组</translation>
    </message>
</context>
<context>
    <name>AgentsKpiPanel</name>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Could not compute the KPIs: %1</source>
        <translation>无法计算绩效指标：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), %1, counting rules version %2</source>
        <translation>
            <numerusform>%n 行，%1，计数规则版本 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank &amp;within:</source>
        <translation>排名范围(&amp;W)：</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>全中心</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>What-if weights</source>
        <translation>模拟权重</translation>
    </message>
    <message>
        <source>Try other KPI weights: the table re-ranks at once; nothing is saved until you save a new profile version.</source>
        <translation>试用其他指标权重：表格立即重新排名；在保存为新的方案版本之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>No ranking for this query.</source>
        <translation>此查询没有排名。</translation>
    </message>
</context>
<context>
    <name>AutoQa</name>
    <message>
        <source>The customer waited %1 s (limit %2 s).</source>
        <translation>客户等待了 %1 秒（上限 %2 秒）。</translation>
    </message>
</context>
<context>
    <name>AutoQaSettings</name>
    <message>
        <source>The auto-QA settings are not valid JSON: %1.</source>
        <translation>自动质检设置不是有效的 JSON：%1。</translation>
    </message>
    <message>
        <source>The customer wait threshold must be more than 0 seconds.</source>
        <translation>客户等待时长阈值必须大于 0 秒。</translation>
    </message>
</context>
<context>
    <name>AutoQaSettingsDialog</name>
    <message>
        <source>Auto-QA rules</source>
        <translation>自动质检规则</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>One phrase per line. Phrases match regardless of case; an English phrase matches whole words only.</source>
        <translation>每行一个短语。匹配不区分大小写；英文短语只匹配完整单词。</translation>
    </message>
    <message>
        <source>Forbidden phrases (禁用语), never from an agent:</source>
        <translation>禁用语（客服不得使用）：</translation>
    </message>
    <message>
        <source>Greeting phrases, expected in the agent&apos;s first message:</source>
        <translation>问候语（客服第一条消息中应出现）：</translation>
    </message>
    <message>
        <source>Closing phrases, expected in the agent&apos;s last message:</source>
        <translation>结束语（客服最后一条消息中应出现）：</translation>
    </message>
    <message>
        <source>Flag a customer waiting longer than:</source>
        <translation>客户等待超过以下时长时标记：</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>恢复默认(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Run check now</source>
        <translation>立即检查(&amp;R)</translation>
    </message>
    <message>
        <source>Runs the saved rules over every conversation and updates the flags.</source>
        <translation>用已保存的规则检查全部会话并更新标记。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The auto-QA settings could not be read: %1</source>
        <translation>无法读取自动质检设置：%1</translation>
    </message>
    <message>
        <source>The stored flags are out of date with these rules; run the check.</source>
        <translation>已保存的标记与这些规则不一致；请运行检查。</translation>
    </message>
    <message>
        <source>The stored flags are up to date with these rules.</source>
        <translation>已保存的标记与这些规则一致。</translation>
    </message>
    <message>
        <source>Defaults restored; save to use them.</source>
        <translation>已恢复默认值；保存后生效。</translation>
    </message>
    <message>
        <source>The auto-QA settings could not be saved: %1</source>
        <translation>无法保存自动质检设置：%1</translation>
    </message>
    <message>
        <source>Saved. The stored flags are now out of date; run the check to update them.</source>
        <translation>已保存。已保存的标记现已过期；请运行检查以更新。</translation>
    </message>
    <message>
        <source>Saved. The stored flags are up to date with these rules.</source>
        <translation>已保存。已保存的标记与这些规则一致。</translation>
    </message>
    <message>
        <source>Checking every conversation…</source>
        <translation>正在检查全部会话…</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>检查失败：%1</translation>
    </message>
    <message>
        <source>Checked %1 conversations in %2 s: %3 flags, %4 conversations changed.</source>
        <translation>已在 %2 秒内检查 %1 个会话：共 %3 个标记，%4 个会话有变化。</translation>
    </message>
    <message>
        <source>The stored flags predate the recording of their rules (this store was upgraded from an older TeamLens), so they may not match these rules. The next full check records the rules.</source>
        <translation>已保存的标记早于其规则的记录（此数据库由旧版 TeamLens 升级而来），因此可能与这些规则不一致。下一次全量检查会记录规则。</translation>
    </message>
    <message>
        <source>Saved. The stored flags predate the recording of their rules (this store was upgraded from an older TeamLens); run the check to update them and record the rules.</source>
        <translation>已保存。已保存的标记早于其规则的记录（此数据库由旧版 TeamLens 升级而来）；请运行检查以更新标记并记录规则。</translation>
    </message>
</context>
<context>
    <name>BeforeAfterView</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>对比(&amp;C)</translation>
    </message>
    <message>
        <source>Change made on:</source>
        <translation>改进日期：</translation>
    </message>
    <message>
        <source>Window on each side:</source>
        <translation>前后各取：</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>改进前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>改进后</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>More than noise?</source>
        <translation>超出随机波动？</translation>
    </message>
    <message>
        <source>Rates are tested with a pooled two-proportion z-test (two-sided, 5 % level); overlapping 95 % intervals alone would miss real changes. Times and means are not tested.</source>
        <translation>比率用合并双比例 z 检验（双侧，5% 显著性水平）；仅看 95% 区间是否重叠会漏掉真实变化。时长和均值不做检验。</translation>
    </message>
    <message>
        <source>Could not compare: %1</source>
        <translation>无法对比：%1</translation>
    </message>
    <message>
        <source>Before: %1    After: %2    Counting rules version %3</source>
        <translation>改进前：%1    改进后：%2    计数规则版本 %3</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>未检验</translation>
    </message>
    <message>
        <source>yes (z = %1)</source>
        <translation>是（z = %1）</translation>
    </message>
    <message>
        <source>no (z = %1)</source>
        <translation>否（z = %1）</translation>
    </message>
    <message numerus="yes">
        <source>The after window reaches into the last %n day(s): its newest tickets have had less time to be resolved or reopened, so resolution, first-contact and reopen figures there are still settling.</source>
        <translation>
            <numerusform>“之后”时段包含最近 %n 天：其中最新的工单还没来得及解决或重开，因此问题解决率、一次解决率和重开率等数据仍在变化。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalibrationComparisonPanel</name>
    <message>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话数</translation>
    </message>
    <message>
        <source>Not unanimous</source>
        <translation>意见不一致</translation>
    </message>
    <message>
        <source>Mean spread (points of 100)</source>
        <translation>平均分差（百分制）</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Compared answers</source>
        <translation>已比对答案数</translation>
    </message>
    <message>
        <source>Deviation from reference</source>
        <translation>与标准答案的偏差</translation>
    </message>
    <message>
        <source>Leniency (mean signed difference)</source>
        <translation>宽严度（平均带符号差值）</translation>
    </message>
    <message>
        <source>Calibration scores never count in agents&apos; QA scores. Differences are in points of 100 per criterion; a positive leniency means the reviewer scores above the reference, a negative one below it.</source>
        <translation>校准评分永远不计入客服的质检成绩。差值按每个评分项的百分制计算；宽严度为正表示质检员打分高于标准答案，为负表示低于标准答案。</translation>
    </message>
    <message>
        <source>Disagreement per criterion, worst first:</source>
        <translation>各评分项的分歧（分歧最大的在前）：</translation>
    </message>
    <message>
        <source>Reviewers against the reference:</source>
        <translation>质检员与标准答案的对比：</translation>
    </message>
    <message>
        <source>α is undefined: too few submitted scores, or no variation at all to compare.</source>
        <translation>α 无法计算：已提交的评分太少，或评分完全没有差异可比。</translation>
    </message>
    <message>
        <source>Good agreement: the reviewers apply the scorecard consistently.</source>
        <translation>一致性良好：质检员对评分卡的理解一致。</translation>
    </message>
    <message>
        <source>Tentative agreement: usable with care; discuss the criteria at the top of the list.</source>
        <translation>一致性尚可：可谨慎使用；请讨论列表顶部的评分项。</translation>
    </message>
    <message>
        <source>Poor agreement: the reviewers read the scorecard differently; recalibrate before relying on their scores.</source>
        <translation>一致性差：质检员对评分卡的理解不同；请重新校准后再采用其评分。</translation>
    </message>
    <message>
        <source>Comparison of %1</source>
        <translation>%1 的对比结果</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α (interval): %1</source>
        <translation>Krippendorff α（等距）：%1</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>no reference</source>
        <translation>无标准答案</translation>
    </message>
    <message>
        <source>in line</source>
        <translation>适中</translation>
    </message>
    <message>
        <source>lenient</source>
        <translation>偏宽松</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>偏严格</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>CalibrationScoringPanel</name>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Save reference</source>
        <translation>保存标准答案</translation>
    </message>
    <message>
        <source>Loading the session…</source>
        <translation>正在加载校准会…</translation>
    </message>
    <message>
        <source>Select a conversation.</source>
        <translation>请选择一个会话。</translation>
    </message>
    <message>
        <source>You have no drafts in this session.</source>
        <translation>您在本次校准中没有评分草稿。</translation>
    </message>
    <message>
        <source>This session is closed; its scores can no longer change.</source>
        <translation>本次校准已结束，评分不能再修改。</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>reference set</source>
        <translation>已设标准答案</translation>
    </message>
    <message>
        <source>no reference yet</source>
        <translation>尚无标准答案</translation>
    </message>
    <message>
        <source>Conversation %1 · %2</source>
        <translation>会话 %1 · %2</translation>
    </message>
    <message>
        <source>Loading conversation %1…</source>
        <translation>正在加载会话 %1…</translation>
    </message>
    <message>
        <source>Conversation %1 · your blind score</source>
        <translation>会话 %1 · 您的独立评分</translation>
    </message>
    <message>
        <source>Conversation %1 · reference answers</source>
        <translation>会话 %1 · 标准答案</translation>
    </message>
    <message numerus="yes">
        <source>Cannot submit: %n criterion(s) unanswered: %1.</source>
        <translation>
            <numerusform>无法提交：还有 %n 项评分项未评：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Reference saved.</source>
        <translation>标准答案已保存。</translation>
    </message>
    <message>
        <source>Submitted. The other reviewers&apos; scores stay hidden until the session is closed.</source>
        <translation>已提交。在校准结束前，其他质检员的评分保持隐藏。</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>草稿已于 %1 保存。</translation>
    </message>
</context>
<context>
    <name>CalibrationSessionDialog</name>
    <message>
        <source>New calibration session</source>
        <translation>新建校准会</translation>
    </message>
    <message>
        <source>e.g. March refunds calibration</source>
        <translation>例如：三月退款校准</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Scorecard:</source>
        <translation>评分卡(&amp;S)：</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>全部客服</translation>
    </message>
    <message>
        <source>Ticket number or words in the chat</source>
        <translation>工单号或聊天中的词语</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Conversations to score (tick them):</source>
        <translation>要评分的会话（请勾选）：</translation>
    </message>
    <message>
        <source>Reviewers (at least two):</source>
        <translation>质检员（至少两名）：</translation>
    </message>
    <message>
        <source>&amp;Create session</source>
        <translation>创建校准会(&amp;C)</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 · ticket %4</source>
        <translation>#%1 · %2 · %3 · 工单 %4</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n conversation(s); narrow the filter to see others.</source>
        <translation>
            <numerusform>仅显示最新的 %n 个会话；请缩小筛选范围查看其他会话。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) found.</source>
        <translation>
            <numerusform>找到 %n 个会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the session…</source>
        <translation>正在创建校准会…</translation>
    </message>
</context>
<context>
    <name>CalibrationWindow</name>
    <message>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>校准会</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>评分卡</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话数</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>新建校准会(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Score my drafts</source>
        <translation>为我的草稿评分(&amp;S)</translation>
    </message>
    <message>
        <source>Set &amp;references</source>
        <translation>设置标准答案(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close session</source>
        <translation>结束校准(&amp;C)</translation>
    </message>
    <message>
        <source>Ends the blind phase: everyone&apos;s scores become visible and drafts are frozen.</source>
        <translation>结束独立评分阶段：所有人的评分变为可见，草稿被冻结。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>open (blind)</source>
        <translation>进行中（独立评分）</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>已于 %1 结束</translation>
    </message>
    <message>
        <source>No calibration sessions yet. Start one with &quot;New session…&quot;.</source>
        <translation>还没有校准会。请通过“新建校准会…”开始。</translation>
    </message>
    <message>
        <source>Select a session, or start one with &quot;New session…&quot;.</source>
        <translation>请选择一个校准会，或通过“新建校准会…”开始。</translation>
    </message>
    <message>
        <source>This session is open and blind: each reviewer sees only their own scores. The comparison appears when its creator or a QA lead closes it.</source>
        <translation>本次校准进行中且为独立评分：每位质检员只能看到自己的评分。创建者或质检主管结束校准后才会显示对比结果。</translation>
    </message>
    <message>
        <source>Session created: each reviewer now has a blind draft per conversation.</source>
        <translation>校准会已创建：每位质检员在每个会话上都有一份独立评分草稿。</translation>
    </message>
    <message>
        <source>You (%1) are not a reviewer in this store, so you have no drafts to score.</source>
        <translation>您（%1）不是此数据库中的质检员，因此没有需要评分的草稿。</translation>
    </message>
    <message>
        <source>Session closed: the scores are no longer blind.</source>
        <translation>校准已结束：评分不再隐藏。</translation>
    </message>
    <message>
        <source>Loading the comparison…</source>
        <translation>正在加载对比结果…</translation>
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
    <message>
        <source>--db FILE is required.</source>
        <translation>必须用 --db 指定数据库文件。</translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Tickets, agents, conversations or survey answers exported from a helpdesk or a platform: CSV, TSV or XLSX.</source>
        <translation>从客服系统或电商平台导出的工单、客服、会话或满意度评价：CSV、TSV 或 XLSX 格式。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>The next page shows the first rows and picks a saved profile whose columns match the file. Nothing is written to the store before the last page.</source>
        <translation>下一页将显示文件的前几行，并选用列与文件匹配的已保存方案。到最后一页之前，不会向数据库写入任何内容。</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Import files (*.csv *.tsv *.txt *.xlsx);;CSV files (*.csv);;TSV files (*.tsv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>可导入的文件 (*.csv *.tsv *.txt *.xlsx);;CSV 文件 (*.csv);;TSV 文件 (*.tsv *.txt);;Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>CliStore</name>
    <message>
        <source>teamlens %1: the store %2 does not exist.</source>
        <translation>teamlens %1：数据库 %2 不存在。</translation>
    </message>
    <message>
        <source>Note: could not update the KPI aggregates after the last import: %1</source>
        <translation>注意：上次导入后无法更新绩效汇总：%1</translation>
    </message>
    <message numerus="yes">
        <source>Updated the KPI aggregates for %n import change(s).</source>
        <translation>
            <numerusform>已根据 %n 次导入变更更新绩效汇总。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosePeriodCommand</name>
    <message>
        <source>close a month (freeze its KPIs, scores and ranking), reopen it with a reason, or compare</source>
        <translation>月结：冻结某月的绩效、得分和排名，或注明原因后重新打开，或与重算结果比较</translation>
    </message>
    <message>
        <source>Closes a month (月结): its KPIs, scores, composites and ranks are frozen as a snapshot with the weight profile and counting-rule versions, and later data corrections no longer change what &quot;teamlens ranking&quot; prints for it. --reopen undoes a close (a --reason is required and kept in the audit log); --compare lists where a recomputation now differs from the snapshot (CSV: agent_id, agent, field, snapshot, current).
Exit codes: 0 done (for --compare: no difference), 1 refused or failed (for --compare: differences found), 2 wrong arguments.</source>
        <translation>月结：将某月的绩效、得分、综合得分和排名连同考核方案与统计规则版本冻结为快照，之后的数据修正不再改变“teamlens ranking”对该月的输出。--reopen 撤销月结（必须给出 --reason，原因记入审计日志）；--compare 列出重算结果与快照不同之处（CSV：agent_id、agent、field、snapshot、current）。
退出码：0 完成（--compare 时表示无差异），1 被拒绝或失败（--compare 时表示有差异），2 参数错误。</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>A calendar month.</source>
        <translation>一个自然月。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>The weight profile to close with (default: the store&apos;s).</source>
        <translation>月结使用的考核方案（默认：数据库当前方案）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Reopen the closed month.</source>
        <translation>重新打开已月结的月份。</translation>
    </message>
    <message>
        <source>Why the month is reopened.</source>
        <translation>重新打开该月的原因。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Compare the closed month with a recomputation.</source>
        <translation>将已月结的月份与重算结果比较。</translation>
    </message>
    <message>
        <source>teamlens close-period: %1</source>
        <translation>teamlens close-period：%1</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>必须用 --db 指定数据库文件。</translation>
    </message>
    <message>
        <source>--period YYYY-MM is required.</source>
        <translation>必须给出 --period YYYY-MM。</translation>
    </message>
    <message>
        <source>--reopen and --compare cannot be combined.</source>
        <translation>--reopen 与 --compare 不能同时使用。</translation>
    </message>
    <message>
        <source>--reopen needs --reason TEXT; the reason is kept in the audit log.</source>
        <translation>--reopen 需要 --reason 文本；原因将记入审计日志。</translation>
    </message>
    <message>
        <source>--reason goes with --reopen.</source>
        <translation>--reason 只能与 --reopen 一起使用。</translation>
    </message>
    <message>
        <source>--profile applies only when closing.</source>
        <translation>--profile 只在月结时适用。</translation>
    </message>
    <message>
        <source>Reopened %1.</source>
        <translation>已重新打开 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from the snapshot.</source>
        <translation>
            <numerusform>与快照有 %n 处不同。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed %1: %n agent(s) frozen under %2, counting rules v%3.</source>
        <translation>
            <numerusform>已月结 %1：按 %2、统计规则 v%3 冻结 %n 名客服。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoachingDialog</name>
    <message>
        <source>Coaching</source>
        <translation>辅导</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>客服(&amp;A)：</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新辅导记录</translation>
    </message>
    <message>
        <source>&amp;Coach:</source>
        <translation>辅导人(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>辅导日期(&amp;H)：</translation>
    </message>
    <message>
        <source>Tick the reviews this session discussed.</source>
        <translation>勾选本次辅导讨论过的质检记录。</translation>
    </message>
    <message>
        <source>&amp;Reviews discussed:</source>
        <translation>讨论的质检记录(&amp;R)：</translation>
    </message>
    <message>
        <source>What the agent and the coach agreed</source>
        <translation>客服与辅导人达成的共识</translation>
    </message>
    <message>
        <source>A&amp;greed:</source>
        <translation>达成共识(&amp;G)：</translation>
    </message>
    <message>
        <source>KPI &amp;target</source>
        <translation>绩效目标(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>指标(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>目标值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>截止日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>保存辅导记录(&amp;S)</translation>
    </message>
    <message>
        <source>Sessions with this agent</source>
        <translation>该客服的辅导记录</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>辅导人</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>质检记录</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>达成共识</translation>
    </message>
    <message>
        <source>Could not read the agents: %1</source>
        <translation>无法读取客服：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Due %1, now %2</source>
        <translation>%1 截止，当前 %2</translation>
    </message>
    <message>
        <source>Due %1, no data yet</source>
        <translation>%1 截止，暂无数据</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation>已达成：%1</translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>未达成：%1</translation>
    </message>
    <message>
        <source>No data by %1</source>
        <translation>截至 %1 无数据</translation>
    </message>
    <message>
        <source> (n = %1, insufficient)</source>
        <translation>（n = %1，样本不足）</translation>
    </message>
    <message>
        <source> (n = %1)</source>
        <translation>（n = %1）</translation>
    </message>
    <message>
        <source>Could not read the agent&apos;s coaching: %1</source>
        <translation>无法读取该客服的辅导记录：%1</translation>
    </message>
    <message>
        <source>%1 · conversation %2 · score %3</source>
        <translation>%1 · 会话 %2 · 得分 %3</translation>
    </message>
    <message>
        <source>No submitted reviews of this agent yet.</source>
        <translation>该客服还没有已提交的质检记录。</translation>
    </message>
    <message>
        <source>%1 %2 %3 by %4</source>
        <translation>%4 前 %1 %2 %3</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Choose the agent first.</source>
        <translation>请先选择客服。</translation>
    </message>
    <message>
        <source>Enter the coach&apos;s name.</source>
        <translation>请输入辅导人姓名。</translation>
    </message>
    <message>
        <source>The target is due before the session was held.</source>
        <translation>目标的截止日期早于辅导日期。</translation>
    </message>
    <message>
        <source>Write what was agreed, link a review or set a target.</source>
        <translation>请填写达成的共识、关联质检记录或设定目标。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Could not save the session: %1</source>
        <translation>无法保存辅导记录：%1</translation>
    </message>
</context>
<context>
    <name>CommandArguments</name>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>teamlens %1: %2</source>
        <translation>teamlens %1：%2</translation>
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
    <name>CsatDistributionChart</name>
    <message>
        <source>Surveys</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <source>surveys</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>%1 ★ (%2%)</source>
        <translation>%1 ★（%2%）</translation>
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
    <name>DateTimeFormat</name>
    <message>
        <source>empty pattern</source>
        <translation>格式为空</translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation>引号未闭合</translation>
    </message>
    <message>
        <source>“%1” is not a format token; put literal text in single quotes</source>
        <translation>“%1”不是格式符；原样输出的文字请放在单引号中</translation>
    </message>
    <message>
        <source>“%1” is not a format token</source>
        <translation>“%1”不是格式符</translation>
    </message>
    <message>
        <source>“%1” appears twice</source>
        <translation>“%1”出现了两次</translation>
    </message>
    <message>
        <source>a pattern needs a year, a month and a day</source>
        <translation>格式必须包含年、月、日</translation>
    </message>
    <message>
        <source>both H and h</source>
        <translation>不能同时使用 H 和 h</translation>
    </message>
    <message>
        <source>h (1–12) and AP go together</source>
        <translation>h（1–12）与 AP 必须同时使用</translation>
    </message>
</context>
<context>
    <name>DemoDataCommand</name>
    <message>
        <source>generate a realistic demo store</source>
        <translation>生成一个逼真的演示数据库</translation>
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
    <message>
        <source>--out FILE is required.</source>
        <translation>必须提供 --out FILE。</translation>
    </message>
    <message>
        <source>Generates a realistic, deterministic demo store into FILE: teams, agents, tickets, conversations and a week of QA reviews with disputes and a calibration session.
The same seed, options and end date always give the same data. The store is written to FILE.partial and renamed to FILE only when complete.
Exit codes: 0 success, 1 failure, 2 wrong arguments.</source>
        <translation>在 FILE 中生成一个逼真且可复现的演示数据库：小组、客服、工单、会话，以及一周的质检记录（含申诉和一次校准会）。
相同的随机种子、选项和结束日期总是生成相同的数据。数据库先写入 FILE.partial，完成后才重命名为 FILE。
退出码：0 成功，1 失败，2 参数错误。</translation>
    </message>
    <message>
        <source>QA reviews: %1 submitted, %2 still to do (disputes: %3)</source>
        <translation>质检记录：已提交 %1，待质检 %2（申诉：%3）</translation>
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
    <message>
        <source>Adds generated teams, agents, tickets, conversations and a week of QA reviews to the open store. The same seed and options give the same data.</source>
        <translation>向当前数据库添加生成的小组、客服、工单、会话和一周的质检记录。相同的随机种子和选项会生成相同的数据。</translation>
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
    <name>DisputeDecideDialog</name>
    <message>
        <source>Decide dispute %1</source>
        <translation>处理申诉 %1</translation>
    </message>
    <message>
        <source>Review #%1 · %2 · disputed: %3 · reason: %4&lt;br&gt;&lt;i&gt;%5&lt;/i&gt;</source>
        <translation>质检记录 #%1 · %2 · 申诉对象：%3 · 原因：%4&lt;br&gt;&lt;i&gt;%5&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Partially accept</source>
        <translation>部分接受(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>驳回(&amp;J)</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>处理结果：</translation>
    </message>
    <message>
        <source>Why — the agent reads this.</source>
        <translation>理由——客服会看到这段说明。</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>处理(&amp;D)</translation>
    </message>
    <message>
        <source>Decision (required):</source>
        <translation>处理说明（必填）：</translation>
    </message>
    <message>
        <source>Score: %1 → %2</source>
        <translation>得分：%1 → %2</translation>
    </message>
    <message>
        <source>Write the decision first; the agent reads it.</source>
        <translation>请先填写处理说明；客服会看到它。</translation>
    </message>
    <message>
        <source>Accepting changes the score: change the disputed answer first, or reject.</source>
        <translation>接受申诉会改变得分：请先修改被申诉的评分，或选择驳回。</translation>
    </message>
    <message>
        <source>Saving the decision…</source>
        <translation>正在保存处理结果…</translation>
    </message>
</context>
<context>
    <name>DisputeRaiseDialog</name>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Raise dispute</source>
        <translation>发起申诉</translation>
    </message>
    <message>
        <source>What is wrong with the score, and where in the conversation it shows.</source>
        <translation>评分哪里有误，对话中的哪一处能说明。</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>质检记录：</translation>
    </message>
    <message>
        <source>Disputed:</source>
        <translation>申诉对象：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>截止时间：</translation>
    </message>
    <message>
        <source>&amp;Raise dispute</source>
        <translation>发起申诉(&amp;R)</translation>
    </message>
    <message>
        <source>Loading the reviews open to dispute…</source>
        <translation>正在读取可申诉的质检记录…</translation>
    </message>
    <message>
        <source>The reviews could not be read: %1</source>
        <translation>无法读取质检记录：%1</translation>
    </message>
    <message numerus="yes">
        <source>No submitted review is inside its %n-day dispute window.</source>
        <translation>
            <numerusform>没有处于 %n 天申诉期内的已提交质检记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 · %2 · conversation %3 · score %4 · %5</source>
        <translation>#%1 · %2 · 会话 %3 · 得分 %4 · %5</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) after submission)</source>
        <translation>
            <numerusform>%1（提交后 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole review</source>
        <translation>整条质检记录</translation>
    </message>
    <message>
        <source>%1 — scored %2</source>
        <translation>%1 — 评分 %2</translation>
    </message>
    <message>
        <source>Raising…</source>
        <translation>正在提交申诉…</translation>
    </message>
</context>
<context>
    <name>DisputeTableModel</name>
    <message>
        <source>Transcript misread</source>
        <translation>误读了对话记录</translation>
    </message>
    <message>
        <source>Guidance unclear</source>
        <translation>评分说明不清楚</translation>
    </message>
    <message>
        <source>Outside the agent&apos;s control</source>
        <translation>超出客服控制范围</translation>
    </message>
    <message>
        <source>Policy changed</source>
        <translation>政策已变更</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Partially accepted</source>
        <translation>部分接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Whole review</source>
        <translation>整条质检记录</translation>
    </message>
    <message>
        <source>Open past its deadline: decide it.</source>
        <translation>已过截止时间仍未处理：请尽快处理。</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>申诉时间</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Review · score</source>
        <translation>质检记录 · 得分</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>DisputesWindow</name>
    <message>
        <source>QA disputes</source>
        <translation>质检申诉</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>全部客服</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部小组</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>仅显示已逾期(&amp;O)</translation>
    </message>
    <message>
        <source>Open disputes past their deadline.</source>
        <translation>已过截止时间仍未处理的申诉。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>&amp;Raise dispute…</source>
        <translation>发起申诉(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>处理(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <source>Takes back an open dispute you raised; the score stays as it is.</source>
        <translation>撤回你发起的未处理申诉；得分保持不变。</translation>
    </message>
    <message>
        <source>Select a dispute.</source>
        <translation>请选择一条申诉。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Score before → after</source>
        <translation>得分（修改前 → 修改后）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理历史</translation>
    </message>
    <message>
        <source>Score changes of the review (audit log)</source>
        <translation>该质检记录的得分变更（审计日志）</translation>
    </message>
    <message>
        <source>The disputes could not be read: %1</source>
        <translation>无法读取申诉：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dispute %1&lt;/b&gt; on review #%2 (conversation %3, %4) · disputed: &lt;b&gt;%5&lt;/b&gt; · reason: %6 · raised by %7 on %8 · deadline %9 · &lt;b&gt;%10&lt;/b&gt;</source>
        <translation>&lt;b&gt;申诉 %1&lt;/b&gt;：质检记录 #%2（会话 %3，%4）· 申诉对象：&lt;b&gt;%5&lt;/b&gt; · 原因：%6 · 由 %7 于 %8 发起 · 截止 %9 · &lt;b&gt;%10&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Decision by %1: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 的处理说明：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Dispute %1 raised.</source>
        <translation>已发起申诉 %1。</translation>
    </message>
    <message>
        <source>Dispute %1 decided.</source>
        <translation>申诉 %1 已处理。</translation>
    </message>
    <message>
        <source>Dispute %1 withdrawn.</source>
        <translation>申诉 %1 已撤回。</translation>
    </message>
</context>
<context>
    <name>FieldMappingTable</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Source column</source>
        <translation>来源列</translation>
    </message>
    <message>
        <source>Constant or default</source>
        <translation>常量或默认值</translation>
    </message>
    <message>
        <source>Date formats</source>
        <translation>日期格式</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>值映射</translation>
    </message>
    <message>
        <source>Values (%1)…</source>
        <translation>值映射（%1）…</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <source>— constant —</source>
        <translation>— 常量 —</translation>
    </message>
    <message>
        <source>%1 (not in this file)</source>
        <translation>%1（此文件中没有）</translation>
    </message>
    <message>
        <source>e.g. dd/MM/yyyy HH:mm | iso</source>
        <translation>例如 dd/MM/yyyy HH:mm | iso</translation>
    </message>
    <message>
        <source>Formats tried in order, separated by “|”. ISO 8601 is always tried last.</source>
        <translation>按顺序尝试各个格式，以“|”分隔。ISO 8601 总是最后尝试。</translation>
    </message>
    <message>
        <source>Value for every row</source>
        <translation>每一行都使用此值</translation>
    </message>
    <message>
        <source>Default for blank cells</source>
        <translation>空白单元格的默认值</translation>
    </message>
    <message>
        <source>Values…</source>
        <translation>值映射…</translation>
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
    <name>ImportCommand</name>
    <message>
        <source>import tickets, agents, conversations or CSAT answers from CSV/TSV/XLSX</source>
        <translation>从 CSV/TSV/XLSX 导入工单、客服、会话或满意度评价</translation>
    </message>
    <message>
        <source>Imports SOURCE (CSV, TSV or XLSX) into the store with a saved profile or a mapping file.
Every row is validated. By default a file with bad rows is rejected as a whole; with --skip-bad-rows the good rows are imported. Bad rows are written to a reject file beside SOURCE. A batch commits whole or not at all; importing the same file again changes nothing.
Exit codes: 0 imported (or importable, for --dry-run), 1 rejected or failed, 2 wrong arguments.</source>
        <translation>使用已保存的方案或映射文件，将 SOURCE（CSV、TSV 或 XLSX）导入数据库。
每一行都会经过校验。默认情况下，含有错误行的文件会被整体拒绝；使用 --skip-bad-rows 时只导入正确的行。错误行会写入 SOURCE 所在文件夹中的错误行文件。一个批次要么全部提交，要么完全不提交；再次导入同一文件不会产生任何改动。
退出码：0 已导入（使用 --dry-run 时表示可以导入），1 被拒绝或失败，2 参数错误。</translation>
    </message>
    <message>
        <source>The store file (created if missing).</source>
        <translation>数据库文件（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>A saved or built-in profile.</source>
        <translation>已保存的方案或内置方案。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>A profile file (JSON).</source>
        <translation>方案文件（JSON）。</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>文件.json</translation>
    </message>
    <message>
        <source>Validate and count everything, change nothing.</source>
        <translation>校验并统计全部数据，但不做任何改动。</translation>
    </message>
    <message>
        <source>Where to write rejected rows (default: beside SOURCE).</source>
        <translation>被拒绝的行写入的位置（默认：SOURCE 所在文件夹）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Import the good rows of a file that has bad ones.</source>
        <translation>文件含有错误行时，仍导入其中正确的行。</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>以 JSON 格式输出摘要。</translation>
    </message>
    <message>
        <source>Report progress on standard error while importing.</source>
        <translation>导入时在标准错误输出中报告进度。</translation>
    </message>
    <message>
        <source>Folder of saved profiles (default: the user&apos;s).</source>
        <translation>已保存方案所在的文件夹（默认：当前用户的方案文件夹）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>List the available profiles.</source>
        <translation>列出可用的方案。</translation>
    </message>
    <message>
        <source>List the store&apos;s import batches.</source>
        <translation>列出数据库中的导入批次。</translation>
    </message>
    <message>
        <source>Undo an import batch.</source>
        <translation>撤销一个导入批次。</translation>
    </message>
    <message>
        <source>BATCH</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>要导入的文件。</translation>
    </message>
    <message>
        <source>Usage: teamlens import --db FILE (--profile NAME | --mapping FILE.json) [--dry-run] [--reject-file PATH] [--skip-bad-rows] [--json] [--progress] SOURCE
       teamlens import --list-profiles
       teamlens import --db FILE --history | --undo BATCH</source>
        <translation>用法：teamlens import --db FILE (--profile NAME | --mapping FILE.json) [--dry-run] [--reject-file PATH] [--skip-bad-rows] [--json] [--progress] SOURCE
      teamlens import --list-profiles
      teamlens import --db FILE --history | --undo BATCH</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>必须用 --db 指定数据库文件。</translation>
    </message>
    <message>
        <source>give exactly one of --profile NAME and --mapping FILE.json.</source>
        <translation>--profile NAME 和 --mapping FILE.json 必须且只能指定其中一个。</translation>
    </message>
    <message>
        <source>give exactly one SOURCE file.</source>
        <translation>必须且只能指定一个 SOURCE 文件。</translation>
    </message>
    <message>
        <source>--undo needs a batch number (see --history).</source>
        <translation>--undo 需要一个批次号（参见 --history）。</translation>
    </message>
    <message>
        <source>Batch %1 was undone.</source>
        <translation>批次 %1 已撤销。</translation>
    </message>
    <message>
        <source>teamlens import: %1 does not exist or is not a file.</source>
        <translation>teamlens import：%1 不存在或不是文件。</translation>
    </message>
    <message>
        <source>%1% read, %2 rows</source>
        <translation>已读取 %1%，%2 行</translation>
    </message>
    <message>
        <source>Import of %1 failed; the store is unchanged.</source>
        <translation>导入 %1 失败；数据库未被改动。</translation>
    </message>
    <message numerus="yes">
        <source>%1 was rejected: %n row(s) are bad, so nothing was imported. Fix them, or use --skip-bad-rows.</source>
        <translation>
            <numerusform>%1 被拒绝：有 %n 行存在错误，因此未导入任何数据。请修正这些行，或使用 --skip-bad-rows。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run of %1 with profile %2: nothing was changed.</source>
        <translation>已使用方案 %2 试运行导入 %1：未做任何改动。</translation>
    </message>
    <message>
        <source>Imported %1 with profile %2 as batch %3 in %4 s.</source>
        <translation>已使用方案 %2 导入 %1，批次号 %3，用时 %4 秒。</translation>
    </message>
    <message>
        <source>read</source>
        <translation>已读取</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变化</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>skipped by filter</source>
        <translation>被筛选跳过</translation>
    </message>
    <message>
        <source>agents created</source>
        <translation>新建客服</translation>
    </message>
    <message>
        <source>teams created</source>
        <translation>新建小组</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Rejected rows, with their reasons: %1</source>
        <translation>被拒绝的行及其原因：%1</translation>
    </message>
</context>
<context>
    <name>ImportCountsView</name>
    <message>
        <source>Rows read:</source>
        <translation>读取行数：</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>新增：</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>已更新：</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>未变化：</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>已拒绝：</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>已跳过：</translation>
    </message>
    <message>
        <source>Agents created:</source>
        <translation>新建客服：</translation>
    </message>
    <message>
        <source>Teams created:</source>
        <translation>新建小组：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>用时：</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>ImportFieldCatalog</name>
    <message>
        <source>Ticket id</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>The ticket&apos;s id in the source system; the key for re-imports</source>
        <translation>工单在来源系统中的编号；重新导入时据此识别</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>taobao, jd, pdd, douyin or own</source>
        <translation>taobao、jd、pdd、douyin 或 own</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>chat, phone, email, social or form</source>
        <translation>chat、phone、email、social 或 form</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>工单类型</translation>
    </message>
    <message>
        <source>consultation, complaint, return, exchange, repair, refund or logistics</source>
        <translation>consultation、complaint、return、exchange、repair、refund 或 logistics</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题分类</translation>
    </message>
    <message>
        <source>The underlying problem: product, service, logistics or other</source>
        <translation>问题根源：product、service、logistics 或 other</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>new, open, pending, escalated, resolved or closed</source>
        <translation>new、open、pending、escalated、resolved 或 closed</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>low, normal, high or urgent</source>
        <translation>low、normal、high 或 urgent</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>L1, L2 or L3</source>
        <translation>L1、L2 或 L3</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>The name of the agent who handled the ticket</source>
        <translation>处理该工单的客服姓名</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>The team that handled the ticket</source>
        <translation>处理该工单的团队</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>客户标识</translation>
    </message>
    <message>
        <source>A masked customer reference</source>
        <translation>脱敏后的客户标识</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>The order the ticket is about</source>
        <translation>工单涉及的订单</translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <source>Order value; converted to cents</source>
        <translation>订单金额；换算为分保存</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Refunded value; converted to cents</source>
        <translation>退款金额；换算为分保存</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>When the customer raised the ticket</source>
        <translation>客户发起工单的时间</translation>
    </message>
    <message>
        <source>First response at</source>
        <translation>首次响应时间</translation>
    </message>
    <message>
        <source>When an agent first answered</source>
        <translation>客服首次回复的时间</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>When the ticket was resolved</source>
        <translation>工单解决的时间</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>When the ticket was closed</source>
        <translation>工单关闭的时间</translation>
    </message>
    <message>
        <source>Reopen count</source>
        <translation>重开次数</translation>
    </message>
    <message>
        <source>How often the ticket was reopened</source>
        <translation>工单被重新打开的次数</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Whether the ticket was escalated</source>
        <translation>工单是否升级</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>处理时长</translation>
    </message>
    <message>
        <source>Time the agent spent on the ticket</source>
        <translation>客服处理该工单所用的时间</translation>
    </message>
    <message>
        <source>CSAT score</source>
        <translation>满意度评分</translation>
    </message>
    <message>
        <source>Survey answer, 1 to 5</source>
        <translation>评价结果，1 到 5</translation>
    </message>
    <message>
        <source>CSAT answered at</source>
        <translation>评价时间</translation>
    </message>
    <message>
        <source>When the survey was answered</source>
        <translation>客户提交评价的时间</translation>
    </message>
    <message>
        <source>CSAT comment</source>
        <translation>评价留言</translation>
    </message>
    <message>
        <source>The customer&apos;s remark in the survey</source>
        <translation>客户在评价中的留言</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>询单</translation>
    </message>
    <message>
        <source>A pre-sales consultation about buying</source>
        <translation>售前购买咨询</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <source>The inquiry led to a payment</source>
        <translation>询单最终付款</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Free tags, comma-separated</source>
        <translation>自由标签，用逗号分隔</translation>
    </message>
    <message>
        <source>Complaint about agent</source>
        <translation>被投诉客服</translation>
    </message>
    <message>
        <source>For complaints: the agent the complaint names</source>
        <translation>投诉工单：被投诉的客服</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>客服编号</translation>
    </message>
    <message>
        <source>The agent&apos;s id in the source; defaults to the agent name</source>
        <translation>客服在来源系统中的编号；缺省时使用客服姓名</translation>
    </message>
    <message>
        <source>Agent&apos;s supervisor</source>
        <translation>客服的主管</translation>
    </message>
    <message>
        <source>Builds the team structure</source>
        <translation>用于建立团队结构</translation>
    </message>
    <message>
        <source>Agent&apos;s manager</source>
        <translation>客服的经理</translation>
    </message>
    <message>
        <source>Agent&apos;s department</source>
        <translation>客服的部门</translation>
    </message>
    <message>
        <source>Department code; empty = customer service</source>
        <translation>部门代码；留空表示客服部</translation>
    </message>
    <message>
        <source>Agent&apos;s tier</source>
        <translation>客服的层级</translation>
    </message>
    <message>
        <source>Agent&apos;s shift</source>
        <translation>客服的班次</translation>
    </message>
    <message>
        <source>morning, afternoon, evening, night or split</source>
        <translation>morning、afternoon、evening、night 或 split</translation>
    </message>
    <message>
        <source>Agent&apos;s hire date</source>
        <translation>客服的入职日期</translation>
    </message>
    <message>
        <source>The agent&apos;s first day</source>
        <translation>客服的第一个工作日</translation>
    </message>
    <message>
        <source>Agent&apos;s tenure bucket</source>
        <translation>客服的司龄分段</translation>
    </message>
    <message>
        <source>The source&apos;s tenure label, kept as written</source>
        <translation>来源文件中的司龄标签，按原样保存</translation>
    </message>
    <message>
        <source>Agent&apos;s tenure in days</source>
        <translation>客服的司龄（天）</translation>
    </message>
    <message>
        <source>Lower bound of the tenure; estimates the hire date</source>
        <translation>司龄下限；用于估算入职日期</translation>
    </message>
    <message>
        <source>Agent&apos;s platform account</source>
        <translation>客服的平台账号</translation>
    </message>
    <message>
        <source>The agent&apos;s account (子账号) on the ticket&apos;s platform</source>
        <translation>客服在工单所属平台上的子账号</translation>
    </message>
    <message>
        <source>The agent&apos;s id in the source; defaults to the name</source>
        <translation>客服在来源系统中的编号；缺省时使用姓名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The agent&apos;s name</source>
        <translation>客服姓名</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名</translation>
    </message>
    <message>
        <source>The agent&apos;s English name</source>
        <translation>客服的英文名</translation>
    </message>
    <message>
        <source>Team name; created when missing</source>
        <translation>团队名称；不存在时自动创建</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Tenure bucket</source>
        <translation>司龄分段</translation>
    </message>
    <message>
        <source>Tenure in days</source>
        <translation>司龄（天）</translation>
    </message>
    <message>
        <source>active or left</source>
        <translation>active 或 left</translation>
    </message>
    <message>
        <source>Left date</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>The agent&apos;s last day</source>
        <translation>客服的最后工作日</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>带教导师</translation>
    </message>
    <message>
        <source>Another agent&apos;s name</source>
        <translation>另一位客服的姓名</translation>
    </message>
    <message>
        <source>Taobao account</source>
        <translation>淘宝账号</translation>
    </message>
    <message>
        <source>The agent&apos;s Taobao sub-account</source>
        <translation>客服的淘宝子账号</translation>
    </message>
    <message>
        <source>JD account</source>
        <translation>京东账号</translation>
    </message>
    <message>
        <source>The agent&apos;s JD sub-account</source>
        <translation>客服的京东子账号</translation>
    </message>
    <message>
        <source>PDD account</source>
        <translation>拼多多账号</translation>
    </message>
    <message>
        <source>The agent&apos;s PDD sub-account</source>
        <translation>客服的拼多多子账号</translation>
    </message>
    <message>
        <source>Douyin account</source>
        <translation>抖音账号</translation>
    </message>
    <message>
        <source>The agent&apos;s Douyin sub-account</source>
        <translation>客服的抖音子账号</translation>
    </message>
    <message>
        <source>Own shop account</source>
        <translation>自营商城账号</translation>
    </message>
    <message>
        <source>The agent&apos;s account in the own shop</source>
        <translation>客服在自营商城的账号</translation>
    </message>
    <message>
        <source>Conversation id</source>
        <translation>会话编号</translation>
    </message>
    <message>
        <source>Groups the messages of one conversation</source>
        <translation>把同一会话的消息归在一起</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>消息编号</translation>
    </message>
    <message>
        <source>Reply chains: this message&apos;s id</source>
        <translation>回复链：本条消息的编号</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>回复的消息</translation>
    </message>
    <message>
        <source>Reply chains: the id of the message this one answers</source>
        <translation>回复链：本条消息所回复的消息编号</translation>
    </message>
    <message>
        <source>Links the conversation to a ticket of the same source</source>
        <translation>把会话关联到同一来源的工单</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言方</translation>
    </message>
    <message>
        <source>customer, agent, bot or system</source>
        <translation>customer、agent、bot 或 system</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>When the message was sent</source>
        <translation>消息发送的时间</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>The message text</source>
        <translation>消息内容</translation>
    </message>
    <message>
        <source>Ticket platform</source>
        <translation>工单平台</translation>
    </message>
    <message>
        <source>For conversations without a ticket link</source>
        <translation>用于未关联工单的会话</translation>
    </message>
    <message>
        <source>Ticket channel</source>
        <translation>工单渠道</translation>
    </message>
    <message>
        <source>Ticket category</source>
        <translation>工单分类</translation>
    </message>
    <message>
        <source>Ticket status</source>
        <translation>工单状态</translation>
    </message>
    <message>
        <source>Ticket tier</source>
        <translation>工单层级</translation>
    </message>
    <message>
        <source>The ticket the survey answers</source>
        <translation>评价所对应的工单</translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation>评价时间</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>The customer&apos;s remark</source>
        <translation>客户的留言</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>导入历史</translation>
    </message>
    <message>
        <source>&amp;Undo batch…</source>
        <translation>撤销批次(&amp;U)…</translation>
    </message>
    <message>
        <source>Nothing has been imported into this store yet.</source>
        <translation>此数据库中还没有导入过任何数据。</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of %1 from %2? The %Ln new ticket(s) are removed and updated tickets get their previous values back.</source>
        <translation>
            <numerusform>要撤销 %2 对 %1 的导入吗？新增的 %Ln 个工单将被删除，被更新的工单将恢复原来的值。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import of %1 was undone.</source>
        <translation>已撤销 %1 的导入。</translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读取</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变化</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
</context>
<context>
    <name>ImportHistoryRepository</name>
    <message>
        <source>There is no import batch %1.</source>
        <translation>不存在导入批次 %1。</translation>
    </message>
    <message>
        <source>Import batch %1 was already undone on %2.</source>
        <translation>导入批次 %1 已于 %2 撤销。</translation>
    </message>
    <message>
        <source>Import batch %1 was never committed (%2); there is nothing to undo.</source>
        <translation>导入批次 %1 从未提交（%2）；没有可撤销的内容。</translation>
    </message>
    <message>
        <source>Import batch %1 cannot be undone: batch %2 of %3 changed rows it wrote. Undo batch %2 first.</source>
        <translation>无法撤销导入批次 %1：%3 的批次 %2 修改了它写入的行。请先撤销批次 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Import batch %1 cannot be undone: %n of its conversation(s) are in QA reviews, samples or calibration sessions, which keep the conversations they scored.</source>
        <translation>
            <numerusform>无法撤销导入批次 %1：其中 %n 个会话已用于质检评分、抽检或校准，这些记录会保留其评分所依据的会话。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportIssueModel</name>
    <message>
        <source>Row</source>
        <translation>数据行</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>文件行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The rows are written in one batch: it is stored completely or not at all.</source>
        <translation>所有行作为一个批次写入：要么全部保存，要么完全不保存。</translation>
    </message>
    <message>
        <source>Importing… %1 rows read</source>
        <translation>正在导入… 已读取 %1 行</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>The batch was imported.</source>
        <translation>该批次已导入。</translation>
    </message>
    <message>
        <source>Rejected rows were written to %1.</source>
        <translation>被拒绝的行已写入 %1。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Nothing was imported: the import was cancelled and the store is unchanged.</source>
        <translation>未导入任何数据：导入已取消，数据库未被改动。</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>已拒绝。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln row(s) could not be imported.</source>
        <translation>
            <numerusform>未导入任何数据：有 %Ln 行无法导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>失败。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
</context>
<context>
    <name>ImportProfile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>应为文本列表</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>expected a column name or an object</source>
        <translation>应为列名或对象</translation>
    </message>
    <message>
        <source>not a JSON document: %1 (at character %2)</source>
        <translation>不是 JSON 文档：%1（位于第 %2 个字符）</translation>
    </message>
    <message>
        <source>a profile must be a JSON object</source>
        <translation>方案必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>teamlens_import_profile: missing; this is not a TeamLens import profile</source>
        <translation>teamlens_import_profile：缺失；这不是 TeamLens 导入方案</translation>
    </message>
    <message>
        <source>teamlens_import_profile: format version %1 is not supported (expected %2)</source>
        <translation>teamlens_import_profile：不支持格式版本 %1（应为 %2）</translation>
    </message>
    <message>
        <source>missing (tickets, agents, messages or csat)</source>
        <translation>缺失（应为 tickets、agents、messages 或 csat）</translation>
    </message>
    <message>
        <source>“%1” is not an import kind (expected tickets, agents, messages or csat)</source>
        <translation>“%1”不是有效的导入类型（应为 tickets、agents、messages 或 csat）</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>“%1” is not a policy (expected create or reject)</source>
        <translation>“%1”不是有效的处理策略（应为 create 或 reject）</translation>
    </message>
    <message>
        <source>layouts only apply to messages imports</source>
        <translation>布局仅适用于 messages 导入</translation>
    </message>
    <message>
        <source>“%1” is not a layout (expected message_per_row, reply_chain or conversation_per_row)</source>
        <translation>“%1”不是有效的布局（应为 message_per_row、reply_chain 或 conversation_per_row）</translation>
    </message>
    <message>
        <source>expected a column number</source>
        <translation>应为列号</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>“%1” may only hold letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>“%1”只能包含字母、数字、“-”、“_”和“.”</translation>
    </message>
    <message>
        <source>“%1” is not an IANA time zone (like Asia/Shanghai)</source>
        <translation>“%1”不是 IANA 时区（例如 Asia/Shanghai）</translation>
    </message>
    <message>
        <source>“%1” is not one character</source>
        <translation>“%1”不是单个字符</translation>
    </message>
    <message>
        <source>not a field of %1 imports</source>
        <translation>不是 %1 导入的字段</translation>
    </message>
    <message>
        <source>give exactly one of column, columns or value</source>
        <translation>column、columns 和 value 必须且只能指定其中一个</translation>
    </message>
    <message>
        <source>formats only apply to dates</source>
        <translation>formats 仅适用于日期字段</translation>
    </message>
    <message>
        <source>“%1” is not a date format: %2</source>
        <translation>“%1”不是有效的日期格式：%2</translation>
    </message>
    <message>
        <source>only applies to date and time fields</source>
        <translation>仅适用于日期时间字段</translation>
    </message>
    <message>
        <source>“%1” is not a money unit (expected units or cents)</source>
        <translation>“%1”不是有效的金额单位（应为 units 或 cents）</translation>
    </message>
    <message>
        <source>“%1” is not a duration unit (expected seconds, minutes, hours or hh:mm:ss)</source>
        <translation>“%1”不是有效的时长单位（应为 seconds、minutes、hours 或 hh:mm:ss）</translation>
    </message>
    <message>
        <source>units only apply to money and durations</source>
        <translation>unit 仅适用于金额和时长字段</translation>
    </message>
    <message>
        <source>“%1” is not a transform (expected integer, join_cjk_spaces, lower or upper)</source>
        <translation>“%1”不是有效的转换（应为 integer、join_cjk_spaces、lower 或 upper）</translation>
    </message>
    <message>
        <source>“%1” is not a code (expected %2)</source>
        <translation>“%1”不是有效的代码（应为 %2）</translation>
    </message>
    <message>
        <source>missing (the 1-based column of the first utterance)</source>
        <translation>缺失（应为第一条发言所在的列号，从 1 开始）</translation>
    </message>
    <message>
        <source>missing (for example customer, agent)</source>
        <translation>缺失（例如 customer, agent）</translation>
    </message>
    <message>
        <source>“%1” is not a speaker (expected customer, agent, bot or system)</source>
        <translation>“%1”不是有效的发言方（应为 customer、agent、bot 或 system）</translation>
    </message>
    <message>
        <source>required, but not mapped</source>
        <translation>必填，但尚未映射</translation>
    </message>
</context>
<context>
    <name>ImportProfileLibrary</name>
    <message>
        <source>Cannot read the profile file %1: %2.</source>
        <translation>无法读取方案文件 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is too large to be an import profile.</source>
        <translation>%1 太大，不可能是导入方案。</translation>
    </message>
    <message>
        <source>%1 is not a valid import profile: %2</source>
        <translation>%1 不是有效的导入方案：%2</translation>
    </message>
    <message>
        <source>“%1” is not a valid profile name (use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;).</source>
        <translation>“%1”不是有效的方案名称（请使用字母、数字、“.”、“-”和“_”）。</translation>
    </message>
    <message>
        <source>There is no import profile named “%1”. Known profiles: %2.</source>
        <translation>没有名为“%1”的导入方案。现有方案：%2。</translation>
    </message>
    <message>
        <source>The profile “%1” cannot be saved: %2</source>
        <translation>无法保存方案“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>无法创建方案文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot save the profile to %1: %2.</source>
        <translation>无法将方案保存到 %1：%2。</translation>
    </message>
    <message>
        <source>“%1” is built in and cannot be removed.</source>
        <translation>“%1”是内置方案，不能删除。</translation>
    </message>
    <message>
        <source>There is no saved profile named “%1”.</source>
        <translation>没有名为“%1”的已保存方案。</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>ImportRunPanel</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>The profile “%1” is not usable: %2</source>
        <translation>方案“%1”无法使用：%2</translation>
    </message>
    <message>
        <source>%1 does not fit the profile “%2”: %3</source>
        <translation>%1 与方案“%2”不匹配：%3</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>读取 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>No import batch is open.</source>
        <translation>没有已打开的导入批次。</translation>
    </message>
    <message>
        <source>An import batch is already open on this connection.</source>
        <translation>此连接上已经打开了一个导入批次。</translation>
    </message>
    <message>
        <source>The ticket has no external id.</source>
        <translation>该工单没有外部编号。</translation>
    </message>
    <message>
        <source>no ticket “%1” from %2 in the store</source>
        <translation>数据库中没有来自 %2 的工单“%1”</translation>
    </message>
</context>
<context>
    <name>ImportWriter::Private</name>
    <message>
        <source>the value of %1 breaks the store&apos;s rules</source>
        <translation>%1 的值不符合数据库的规则</translation>
    </message>
    <message>
        <source>unknown agent “%1”</source>
        <translation>未知的客服“%1”</translation>
    </message>
    <message>
        <source>unknown department “%1”</source>
        <translation>未知的部门“%1”</translation>
    </message>
    <message>
        <source>the agent&apos;s %1 breaks the store&apos;s rules</source>
        <translation>客服的 %1 不符合数据库的规则</translation>
    </message>
    <message>
        <source>The agent has no name.</source>
        <translation>该客服没有姓名。</translation>
    </message>
    <message>
        <source>“%1” is not a speaker the store knows</source>
        <translation>“%1”不是数据库可识别的发言方</translation>
    </message>
    <message>
        <source>The message has no conversation.</source>
        <translation>该消息不属于任何会话。</translation>
    </message>
    <message>
        <source>No message of conversation “%1” has a time.</source>
        <translation>会话“%1”中没有任何消息带有时间。</translation>
    </message>
    <message>
        <source>no ticket “%1” from %2 in the store for conversation “%3”</source>
        <translation>数据库中没有来自 %2 的工单“%1”，无法关联会话“%3”</translation>
    </message>
    <message>
        <source>the profile&apos;s default for %1 breaks the store&apos;s rules</source>
        <translation>方案中 %1 的默认值不符合数据库规则</translation>
    </message>
</context>
<context>
    <name>KpiAggregateBuilder</name>
    <message>
        <source>The days to rebuild are not a valid range.</source>
        <translation>要重建的日期范围无效。</translation>
    </message>
    <message>
        <source>Could not start writing the KPI aggregates: %1</source>
        <translation>无法开始写入绩效汇总：%1</translation>
    </message>
    <message>
        <source>Could not save the KPI aggregates: %1</source>
        <translation>无法保存绩效汇总：%1</translation>
    </message>
</context>
<context>
    <name>KpiCatalogue</name>
    <message>
        <source>Handled volume</source>
        <translation>接待量</translation>
    </message>
    <message>
        <source>Tickets assigned to the agent created in the period</source>
        <translation>分配给该客服、在本期内创建的工单</translation>
    </message>
    <message>
        <source>Per-capita volume</source>
        <translation>人均处理量</translation>
    </message>
    <message>
        <source>Handled ÷ agents active in the period</source>
        <translation>接待量 ÷ 本期在岗客服人数</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>首次响应时间</translation>
    </message>
    <message>
        <source>Service-hour seconds from created to first response, over answered tickets</source>
        <translation>已响应工单从创建到首次响应的服务时段秒数</translation>
    </message>
    <message>
        <source>Response SLA</source>
        <translation>响应时效</translation>
    </message>
    <message>
        <source>Share of tickets answered by their due time; unanswered and past due is missed, unanswered and not yet due is left out</source>
        <translation>按时响应的工单占比；未响应且已超时计为未达标，未响应且未到期不计入</translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation>问题解决率</translation>
    </message>
    <message>
        <source>Share of handled tickets resolved or closed</source>
        <translation>已解决或已关闭的工单占接待量的比例</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>解决时长</translation>
    </message>
    <message>
        <source>Median seconds from created to resolved, over resolved tickets</source>
        <translation>已解决工单从创建到解决的秒数中位数</translation>
    </message>
    <message>
        <source>First contact resolution</source>
        <translation>一次解决率</translation>
    </message>
    <message>
        <source>Share of resolved tickets never reopened and never escalated</source>
        <translation>已解决工单中从未重开且从未升级的比例</translation>
    </message>
    <message>
        <source>Reopen rate</source>
        <translation>重开率</translation>
    </message>
    <message>
        <source>Share of resolved tickets reopened at least once</source>
        <translation>已解决工单中至少重开一次的比例</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Share of answered surveys in the top box (4 or 5 of 5); also the mean score</source>
        <translation>已回收评价中好评（5 分制的 4 或 5 分）的比例；同时给出平均分</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>投诉率</translation>
    </message>
    <message>
        <source>Complaints made in the period attributed to the agent ÷ handled</source>
        <translation>本期归属该客服的投诉数 ÷ 接待量</translation>
    </message>
    <message>
        <source>Escalation rate</source>
        <translation>升级率</translation>
    </message>
    <message>
        <source>Share of handled tickets escalated</source>
        <translation>接待工单中升级的比例</translation>
    </message>
    <message>
        <source>Inquiry conversion</source>
        <translation>询单转化率</translation>
    </message>
    <message>
        <source>Share of inquiries that converted to payment</source>
        <translation>询单中最终付款的比例</translation>
    </message>
    <message>
        <source>Average handle time</source>
        <translation>平均处理时长</translation>
    </message>
    <message>
        <source>Mean handle seconds</source>
        <translation>处理时长的平均秒数</translation>
    </message>
    <message>
        <source>QA score</source>
        <translation>质检得分</translation>
    </message>
    <message>
        <source>Mean score of submitted QA reviews in the period</source>
        <translation>本期已提交质检评分的平均分</translation>
    </message>
    <message>
        <source>Training completion</source>
        <translation>培训完成率</translation>
    </message>
    <message>
        <source>Completed ÷ assigned required courses due in the period</source>
        <translation>本期到期的必修课程：已完成 ÷ 已分配</translation>
    </message>
    <message>
        <source>Attrition</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Agents who left in the period ÷ average headcount</source>
        <translation>本期离职客服数 ÷ 平均在岗人数</translation>
    </message>
    <message>
        <source>Answer ratio</source>
        <translation>答问比</translation>
    </message>
    <message>
        <source>Agent messages ÷ customer messages; auto-replies and bot messages are not agent messages</source>
        <translation>客服消息数 ÷ 顾客消息数；自动回复和机器人消息不算客服消息</translation>
    </message>
    <message>
        <source>Average reply time</source>
        <translation>平均响应时长</translation>
    </message>
    <message>
        <source>Mean seconds a customer waited for an agent reply, over replies in sessions started inside the platform&apos;s service window</source>
        <translation>顾客等待客服回复的平均秒数，只统计在平台服务时段内开始的会话中的回复</translation>
    </message>
    <message>
        <source>Slow reception rate</source>
        <translation>慢响应率</translation>
    </message>
    <message>
        <source>Customer-days with the flagged number of slow replies ÷ customer-days received</source>
        <translation>慢回复次数达到标记次数的顾客日数 ÷ 接待的顾客日数</translation>
    </message>
    <message>
        <source>Customers received</source>
        <translation>接待人数</translation>
    </message>
    <message>
        <source>Customer-days with at least one customer message</source>
        <translation>至少有一条顾客消息的顾客日数</translation>
    </message>
</context>
<context>
    <name>KpiCommand</name>
    <message>
        <source>compute the KPI catalogue for every agent, team, department or the center (CSV or JSON)</source>
        <translation>按客服、团队、部门或全中心计算全部绩效指标（CSV 或 JSON）</translation>
    </message>
    <message>
        <source>Computes every KPI of the catalogue for a period: one row per agent (or team, department, the center), with sample sizes, 95% Wilson intervals for rates, each figure&apos;s status (ok, insufficient, not_applicable, not_available) and the counting-rule version used. Days are the team&apos;s time zone; --to is the last day included.
Exit codes: 0 computed, 1 the store could not be read, 2 wrong arguments.</source>
        <translation>计算某一期间的全部绩效指标：每个客服（或团队、部门、全中心）一行，附样本量、比率的 95% Wilson 区间、每个数值的状态（ok、insufficient、not_applicable、not_available）以及所用统计规则的版本。日期按团队所在时区计算；--to 为包含在内的最后一天。
退出码：0 计算完成，1 无法读取数据库，2 参数错误。</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>A calendar month.</source>
        <translation>一个自然月。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>The first day of a range.</source>
        <translation>日期范围的第一天。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The last day of a range (included).</source>
        <translation>日期范围的最后一天（包含）。</translation>
    </message>
    <message>
        <source>One row per agent (default), team, department or center.</source>
        <translation>每个客服（默认）、团队、部门或全中心一行。</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Only tickets of this platform (%1).</source>
        <translation>只统计该平台的工单（%1）。</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv（默认）或 json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Count under this rule-set version instead of the active one.</source>
        <translation>按此统计规则版本计算，而非当前生效的版本。</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Compute from the raw tickets instead of the daily aggregates.</source>
        <translation>直接从原始工单计算，不使用每日汇总。</translation>
    </message>
    <message>
        <source>Rebuild the daily KPI aggregates of the whole store first.</source>
        <translation>先重建整个数据库的每日绩效汇总。</translation>
    </message>
    <message>
        <source>teamlens kpi: %1</source>
        <translation>teamlens kpi：%1</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>必须用 --db 指定数据库文件。</translation>
    </message>
    <message>
        <source>give either --period YYYY-MM or both --from and --to.</source>
        <translation>请给出 --period YYYY-MM，或同时给出 --from 和 --to。</translation>
    </message>
    <message>
        <source>--from and --to go together.</source>
        <translation>--from 和 --to 必须同时给出。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>“%1”不是日期；请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2.</source>
        <translation>--to %1 早于 --from %2。</translation>
    </message>
    <message>
        <source>--by must be agent, team, department or center, not &quot;%1&quot;.</source>
        <translation>--by 只能是 agent、team、department 或 center，不能是“%1”。</translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot;; use one of %2.</source>
        <translation>未知平台“%1”；请使用 %2 之一。</translation>
    </message>
    <message>
        <source>--format must be csv or json, not &quot;%1&quot;.</source>
        <translation>--format 只能是 csv 或 json，不能是“%1”。</translation>
    </message>
    <message>
        <source>--rule-set takes a version number, not &quot;%1&quot;.</source>
        <translation>--rule-set 需要版本号，不能是“%1”。</translation>
    </message>
    <message>
        <source>teamlens kpi: could not rebuild the KPI aggregates: %1</source>
        <translation>teamlens kpi：无法重建绩效汇总：%1</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt the KPI aggregates from %n ticket(s).</source>
        <translation>
            <numerusform>已根据 %n 张工单重建绩效汇总。</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: computed from the raw tickets because %1; &quot;teamlens kpi --rebuild-aggregates&quot; makes this fast.</source>
        <translation>注意：由于%1，本次直接从原始工单计算；运行“teamlens kpi --rebuild-aggregates”可加快计算。</translation>
    </message>
    <message>
        <source>Note: computed from the raw tickets because %1.</source>
        <translation>注意：由于%1，本次直接从原始工单计算。</translation>
    </message>
</context>
<context>
    <name>KpiEngine</name>
    <message>
        <source>The period is not valid: its first day must not be after its last.</source>
        <translation>期间无效：第一天不能晚于最后一天。</translation>
    </message>
    <message>
        <source>the KPI aggregates have not been built for this store</source>
        <translation>该数据库尚未建立绩效汇总</translation>
    </message>
    <message>
        <source>the KPI aggregates were built for the time zone %1, the team works in %2</source>
        <translation>绩效汇总按时区 %1 建立，而团队所在时区为 %2</translation>
    </message>
    <message>
        <source>the KPI aggregates were built under rule set version %1, which counts differently from version %2</source>
        <translation>绩效汇总按统计规则版本 %1 建立，其统计方式与版本 %2 不同</translation>
    </message>
    <message>
        <source>the KPI aggregates were built after the requested reference time</source>
        <translation>绩效汇总的建立时间晚于所请求的参考时间</translation>
    </message>
    <message>
        <source>tickets of this period changed since the KPI aggregates were built (an import or its undo)</source>
        <translation>绩效汇总建立后，本期工单有变更（导入或撤销导入）</translation>
    </message>
    <message>
        <source>Cannot compute from the KPI aggregates: %1.</source>
        <translation>无法根据绩效汇总计算：%1。</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>全中心</translation>
    </message>
    <message>
        <source>The periods of a trend must be valid, ascending and must not overlap.</source>
        <translation>趋势的各个周期必须有效、按时间升序且互不重叠。</translation>
    </message>
    <message>
        <source>The QA reviews could not be read: %1</source>
        <translation>无法读取质检记录：%1</translation>
    </message>
</context>
<context>
    <name>KpiFigureCalculator</name>
    <message>
        <source>Defined for teams, not for one agent.</source>
        <translation>仅对团队定义，不适用于单个客服。</translation>
    </message>
    <message>
        <source>Not available: this store has no QA reviews yet (QA scorecards are not built).</source>
        <translation>暂无数据：该数据库还没有质检评分（质检评分卡尚未启用）。</translation>
    </message>
    <message>
        <source>Not available: this store has no training records yet (onboarding is not built).</source>
        <translation>暂无数据：该数据库还没有培训记录（新人培训尚未启用）。</translation>
    </message>
    <message>
        <source>Not computed by this version of TeamLens.</source>
        <translation>此版本的 TeamLens 不计算该指标。</translation>
    </message>
</context>
<context>
    <name>KpiFormat</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>insufficient (n = %1)</source>
        <translation>样本不足（n = %1）</translation>
    </message>
    <message>
        <source>95% interval %1 – %2</source>
        <translation>95% 区间 %1 – %2</translation>
    </message>
    <message>
        <source>%1 (mean)</source>
        <translation>%1（均值）</translation>
    </message>
    <message>
        <source>%1 (median)</source>
        <translation>%1（中位数）</translation>
    </message>
    <message>
        <source>%1 (P90)</source>
        <translation>%1（P90）</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1（n = %2）</translation>
    </message>
</context>
<context>
    <name>KpiJobs</name>
    <message>
        <source>Ranks are for all platforms together; clear the platform filter to see them.</source>
        <translation>排名按全部平台合并计算；清除平台筛选即可查看。</translation>
    </message>
    <message>
        <source>No ranking: %1</source>
        <translation>无排名：%1</translation>
    </message>
</context>
<context>
    <name>KpiPeriod</name>
    <message>
        <source>&quot;%1&quot; is not a month; write it as YYYY-MM, e.g. 2026-11.</source>
        <translation>“%1”不是月份；请写成 YYYY-MM，例如 2026-11。</translation>
    </message>
</context>
<context>
    <name>KpiQueryBar</name>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>全中心</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <source>P&amp;latform:</source>
        <translation>平台(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>KpiRuleSet</name>
    <message>
        <source>The KPI rule lists are not a JSON object: %1</source>
        <translation>绩效统计规则列表不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>A satisfaction rule needs a source and a top-box score between 1 and 5.</source>
        <translation>满意度规则需要来源，以及 1 到 5 之间的好评分数线。</translation>
    </message>
    <message>
        <source>A service window names an unknown platform.</source>
        <translation>服务时段中有未知平台。</translation>
    </message>
    <message>
        <source>A holiday exemption needs valid from and to dates (YYYY-MM-DD).</source>
        <translation>节假日豁免需要有效的起止日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The minimum sample sizes must be at least 1.</source>
        <translation>最小样本量至少为 1。</translation>
    </message>
    <message>
        <source>The top-box score must be between 1 and 5.</source>
        <translation>好评分数线必须在 1 到 5 之间。</translation>
    </message>
    <message>
        <source>The session gap, slow-response time and slow-response count must be positive.</source>
        <translation>会话间隔、慢响应时长和慢响应次数必须为正数。</translation>
    </message>
    <message>
        <source>The service window of %1 must start before it ends, within one day.</source>
        <translation>%1 的服务时段必须在同一天内，且开始早于结束。</translation>
    </message>
    <message>
        <source>The holiday exemption &quot;%1&quot; ends before it starts.</source>
        <translation>节假日豁免“%1”的结束早于开始。</translation>
    </message>
    <message>
        <source>The holiday exemption &quot;%1&quot; names an unknown KPI &quot;%2&quot;.</source>
        <translation>节假日豁免“%1”中有未知指标“%2”。</translation>
    </message>
    <message>
        <source>The minimum review count must be a number.</source>
        <translation>最少质检条数必须是数字。</translation>
    </message>
</context>
<context>
    <name>KpiRuleSetRepository</name>
    <message>
        <source>KPI rule set version %1 does not exist in this store.</source>
        <translation>该数据库中不存在统计规则版本 %1。</translation>
    </message>
    <message>
        <source>KPI rule set version %1 has computed results and cannot change; save the edit as a new version.</source>
        <translation>统计规则版本 %1 已用于计算结果，不能修改；请将修改另存为新版本。</translation>
    </message>
</context>
<context>
    <name>KpiTicketCountReader</name>
    <message>
        <source>Could not count the tickets: %1</source>
        <translation>无法统计工单：%1</translation>
    </message>
</context>
<context>
    <name>KpiTrendChart</name>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>score</source>
        <translation>分数</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2, %n period(s)</source>
        <translation>
            <numerusform>%1 – %2，共 %n 个周期</numerusform>
        </translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>* only part of the month lies in the range</source>
        <translation>* 该月只有部分日期在所选范围内</translation>
    </message>
    <message>
        <source>* only part of the week lies in the range</source>
        <translation>* 该周只有部分日期在所选范围内</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>(%1 of the month&apos;s %2 days)</source>
        <translation>（本月 %2 天中的 %1 天）</translation>
    </message>
    <message>
        <source>(%1 of the week&apos;s %2 days)</source>
        <translation>（本周 %2 天中的 %1 天）</translation>
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
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>导入历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Agents &amp;&amp; KPIs</source>
        <translation>客服与绩效</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation>工单(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Agents &amp;&amp; KPIs</source>
        <translation>客服与绩效(&amp;A)</translation>
    </message>
    <message>
        <source>T&amp;rends</source>
        <translation>趋势(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;KPIs</source>
        <translation>绩效指标(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>目标(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Close period…</source>
        <translation>月结(&amp;C)…</translation>
    </message>
    <message>
        <source>QA review</source>
        <translation>质检评分</translation>
    </message>
    <message>
        <source>&amp;QA review</source>
        <translation>质检评分(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;QA</source>
        <translation>质检(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Draw sample…</source>
        <translation>抽取样本(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Auto-QA rules…</source>
        <translation>自动质检规则(&amp;A)…</translation>
    </message>
    <message>
        <source>QA results</source>
        <translation>质检结果</translation>
    </message>
    <message>
        <source>QA re&amp;sults</source>
        <translation>质检结果(&amp;S)</translation>
    </message>
    <message>
        <source>D&amp;isputes…</source>
        <translation>申诉(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Calibration…</source>
        <translation>校准(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Scorecard templates…</source>
        <translation>评分卡模板(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Coaching…</source>
        <translation>辅导(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>“%1”%2</source>
        <translation>“%1”%2</translation>
    </message>
    <message>
        <source>Map columns to fields</source>
        <translation>将列映射到字段</translation>
    </message>
    <message>
        <source>Fields marked * are required. Map each to a column of the file or give a constant.</source>
        <translation>标有 * 的字段为必填项。请将每个必填字段映射到文件中的一列，或指定一个常量。</translation>
    </message>
    <message>
        <source>e.g. taobao-helpdesk</source>
        <translation>例如 taobao-helpdesk</translation>
    </message>
    <message>
        <source>Names the system the file comes from. A row is the same ticket when its source system and id match, so importing a file again changes nothing.</source>
        <translation>文件来源系统的名称。来源系统和编号都相同的行视为同一个工单，因此再次导入同一文件不会产生任何改动。</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>The zone of the times written in the file.</source>
        <translation>文件中时间所用的时区。</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>方案：</translation>
    </message>
    <message>
        <source>Source &amp;system:</source>
        <translation>来源系统(&amp;S)：</translation>
    </message>
    <message>
        <source>Times are in &amp;zone:</source>
        <translation>时间所在时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import profile…</source>
        <translation>导入方案(&amp;I)…</translation>
    </message>
    <message>
        <source>new, not saved (%1)</source>
        <translation>新方案，尚未保存（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The mapping is complete.</source>
        <translation>映射已完成。</translation>
    </message>
    <message>
        <source>The file has no column named %1.</source>
        <translation>文件中没有名为 %1 的列。</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>导出方案</translation>
    </message>
    <message>
        <source>Import profiles (*.json)</source>
        <translation>导入方案 (*.json)</translation>
    </message>
    <message>
        <source>The profile could not be written to %1: %2</source>
        <translation>无法将方案写入 %1：%2</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>导入方案</translation>
    </message>
    <message>
        <source>Import profiles (*.json);;All files (*)</source>
        <translation>导入方案 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The profile “%1” was added to your profiles and is now in use.</source>
        <translation>方案“%1”已添加到您的方案中，并已启用。</translation>
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
    <name>PeriodCloseDialog</name>
    <message>
        <source>Period close</source>
        <translation>月结</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结账时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Weight profile</source>
        <translation>考核方案</translation>
    </message>
    <message>
        <source>Counting rules</source>
        <translation>计数规则</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新打开时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Close month…</source>
        <translation>月结(&amp;C)…</translation>
    </message>
    <message>
        <source>Why the month is reopened (kept in the audit log)</source>
        <translation>重新打开该月的原因（记入审计日志）</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>重新打开(&amp;R)</translation>
    </message>
    <message>
        <source>Compare with &amp;recomputation</source>
        <translation>与重新计算结果对比(&amp;R)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Recomputed</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Close or reopen</source>
        <translation>月结或重新打开</translation>
    </message>
    <message>
        <source>Weight profile:</source>
        <translation>考核方案：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Snapshot against the current data</source>
        <translation>快照与当前数据对比</translation>
    </message>
    <message>
        <source>Closes of this month:</source>
        <translation>本月的月结记录：</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Could not read the month&apos;s state.</source>
        <translation>无法读取该月的状态。</translation>
    </message>
    <message>
        <source>%1 is closed: by %2 on %3, with %4 and counting rules v%5.</source>
        <translation>%1 已月结：由 %2 于 %3 完成，使用 %4 和计数规则 v%5。</translation>
    </message>
    <message>
        <source>%1 is open: reopened by %2 on %3 (&quot;%4&quot;).</source>
        <translation>%1 未结账：由 %2 于 %3 重新打开（“%4”）。</translation>
    </message>
    <message>
        <source>%1 is open and has never been closed.</source>
        <translation>%1 未结账，且从未月结过。</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>(in force)</source>
        <translation>（生效中）</translation>
    </message>
    <message>
        <source>The store&apos;s ranking profile</source>
        <translation>数据库的排名方案</translation>
    </message>
    <message>
        <source>Close month</source>
        <translation>月结</translation>
    </message>
    <message>
        <source>Close %1 under %2? Its KPIs, scores and ranking are frozen as a snapshot that later data corrections do not change, and the weight profile versions used are locked. Reopening needs a reason and is audited.</source>
        <translation>按 %2 对 %1 进行月结？其绩效指标、得分和排名将冻结为快照，之后的数据更正不会改变它，所用的考核方案版本也会被锁定。重新打开需要填写原因并记入审计日志。</translation>
    </message>
    <message>
        <source>Give a reason to reopen the month; it is kept in the audit log.</source>
        <translation>请填写重新打开该月的原因；原因将记入审计日志。</translation>
    </message>
    <message>
        <source>Recomputing…</source>
        <translation>正在重新计算…</translation>
    </message>
    <message>
        <source>Composite score</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <source>Center rank</source>
        <translation>中心排名</translation>
    </message>
    <message>
        <source>Team rank</source>
        <translation>小组排名</translation>
    </message>
    <message>
        <source>In the ranking</source>
        <translation>是否参与排名</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>No differences: a recomputation with the snapshot&apos;s profile versions and counting rules gives the frozen result.</source>
        <translation>没有差异：按快照的方案版本和计数规则重新计算，结果与冻结结果一致。</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between the snapshot and a recomputation.</source>
        <translation>
            <numerusform>快照与重新计算结果之间有 %n 处差异。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodCloser</name>
    <message>
        <source>The period %1 is already closed; reopen it first to close it again.</source>
        <translation>期间 %1 已月结；如需重新月结，请先重新打开。</translation>
    </message>
    <message>
        <source>Could not start writing the period close: %1</source>
        <translation>无法开始写入月结：%1</translation>
    </message>
    <message>
        <source>Could not write the period close: %1</source>
        <translation>无法写入月结：%1</translation>
    </message>
    <message>
        <source>Reopening a closed period needs a reason; it is kept in the audit log.</source>
        <translation>重新打开已月结的期间需要注明原因；原因将记入审计日志。</translation>
    </message>
    <message>
        <source>The period %1 is not closed.</source>
        <translation>期间 %1 尚未月结。</translation>
    </message>
    <message>
        <source>The period %1 is not closed, so there is no snapshot to compare with.</source>
        <translation>期间 %1 尚未月结，没有可比较的快照。</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>竖线</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>agents</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>conversation messages</source>
        <translation>会话消息</translation>
    </message>
    <message>
        <source>survey answers (CSAT)</source>
        <translation>满意度评价（CSAT）</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Check that the columns and characters look right, then choose how to map them.</source>
        <translation>请检查各列和文字是否显示正确，然后选择映射方式。</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>工作表(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>分隔符(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>方案(&amp;P)：</translation>
    </message>
    <message>
        <source>encoding %1</source>
        <translation>编码 %1</translation>
    </message>
    <message>
        <source>separator: %1</source>
        <translation>分隔符：%1</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1. Showing the first %n row(s).</source>
        <translation>
            <numerusform>读取方式：%1。显示前 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read this way: %1</source>
        <translation>无法以此方式读取该文件：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>New mapping: %1</source>
        <translation>新建映射：%1</translation>
    </message>
    <message>
        <source>No saved profile matches these columns: choose one, or map them as a new profile.</source>
        <translation>没有与这些列匹配的已保存方案：请选择一个方案，或将这些列映射为新方案。</translation>
    </message>
    <message>
        <source>Using saved profile “%1”: its columns match this file.</source>
        <translation>使用已保存的方案“%1”：其列与此文件匹配。</translation>
    </message>
    <message>
        <source>A new mapping of %1: map the columns on the next page.</source>
        <translation>新建%1映射：请在下一页映射各列。</translation>
    </message>
    <message>
        <source>Using saved profile “%1” for %2.</source>
        <translation>使用已保存的方案“%1”导入%2。</translation>
    </message>
    <message>
        <source>The profile cannot be used: %1</source>
        <translation>无法使用该方案：%1</translation>
    </message>
    <message>
        <source>&amp;First row holds the column names</source>
        <translation>首行为列名(&amp;F)</translation>
    </message>
</context>
<context>
    <name>QaCalibrationRepository</name>
    <message>
        <source>A calibration session needs a name.</source>
        <translation>校准会需要一个名称。</translation>
    </message>
    <message>
        <source>A calibration session needs at least one conversation.</source>
        <translation>校准会至少需要一个会话。</translation>
    </message>
    <message>
        <source>A calibration session needs at least two reviewers to compare.</source>
        <translation>校准会至少需要两名质检员才能比较。</translation>
    </message>
    <message>
        <source>Conversation %1 has no agent to calibrate on.</source>
        <translation>会话 %1 没有对应的客服，无法校准。</translation>
    </message>
    <message>
        <source>Reviewer %1 is not a user of this store.</source>
        <translation>质检员 %1 不是该数据库中的用户。</translation>
    </message>
    <message>
        <source>Reviewer %1 handled conversation %2 and cannot calibrate on it.</source>
        <translation>质检员 %1 接待过会话 %2，不能对其校准评分。</translation>
    </message>
    <message>
        <source>Calibration session %1 does not exist in this store.</source>
        <translation>数据库中不存在校准会 %1。</translation>
    </message>
    <message>
        <source>QA review %1 is not part of calibration session %2.</source>
        <translation>质检记录 %1 不属于校准会 %2。</translation>
    </message>
    <message>
        <source>Calibration session %1 is blind until it is closed: only the reviewer sees this review.</source>
        <translation>校准会 %1 结束前为盲评：只有评分人本人能查看该评分。</translation>
    </message>
    <message>
        <source>Conversation %1 is not part of calibration session %2.</source>
        <translation>会话 %1 不属于校准会 %2。</translation>
    </message>
    <message>
        <source>Calibration session %1 is already closed.</source>
        <translation>校准会 %1 已结束。</translation>
    </message>
    <message>
        <source>Calibration session %1 is still open; close it to compare the reviewers.</source>
        <translation>校准会 %1 尚未结束；结束后才能比较各质检员的评分。</translation>
    </message>
    <message>
        <source>Only %1, who created calibration session %2, or a QA lead can set its reference answers.</source>
        <translation>只有校准会 %2 的创建者 %1 或质检主管才能设置它的标准答案。</translation>
    </message>
    <message>
        <source>Calibration session %1 is closed; its reference answers can no longer change.</source>
        <translation>校准会 %1 已结束，标准答案不能再修改。</translation>
    </message>
    <message>
        <source>Only %1, who created calibration session %2, or a QA lead can close it.</source>
        <translation>只有校准会 %2 的创建者 %1 或质检主管才能结束它。</translation>
    </message>
</context>
<context>
    <name>QaCoachingRepository</name>
    <message>
        <source>A coaching session needs the coach&apos;s name.</source>
        <translation>辅导记录需要填写辅导人。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KPI of the catalogue.</source>
        <translation>“%1”不是指标目录中的指标。</translation>
    </message>
    <message>
        <source>A KPI target needs a value and a due date.</source>
        <translation>指标目标需要目标值和截止日期。</translation>
    </message>
    <message>
        <source>A target value or due date needs the KPI it is for.</source>
        <translation>目标值或截止日期需要对应的指标。</translation>
    </message>
    <message>
        <source>QA review %1 does not exist in this store.</source>
        <translation>数据库中不存在质检记录 %1。</translation>
    </message>
    <message>
        <source>QA review %1 is of another agent and cannot be part of this coaching.</source>
        <translation>质检记录 %1 属于其他客服，不能关联到本次辅导。</translation>
    </message>
</context>
<context>
    <name>QaCommand</name>
    <message>
        <source>run auto-QA over every conversation, or draw a QA sample and explain it</source>
        <translation>对全部会话运行自动质检，或抽取质检样本并说明抽样依据</translation>
    </message>
    <message>
        <source>QA (质检) from the command line.
  auto-check  run the auto-QA rules over every conversation and update the stored flags
  sample      draw a QA sample of a period, assign it to reviewers and explain it
Run &quot;teamlens qa auto-check --help&quot; or &quot;teamlens qa sample --help&quot; for their options.</source>
        <translation>命令行质检（QA）。
  auto-check  对全部会话运行自动质检规则并更新已保存的标记
  sample      抽取一个周期的质检样本，分配给质检员并说明依据
运行 &quot;teamlens qa auto-check --help&quot; 或 &quot;teamlens qa sample --help&quot; 查看各自的选项。</translation>
    </message>
    <message>
        <source>Usage: teamlens qa auto-check|sample [options]</source>
        <translation>用法：teamlens qa auto-check|sample [选项]</translation>
    </message>
    <message>
        <source>give a sub-command: auto-check or sample.</source>
        <translation>请指定子命令：auto-check 或 sample。</translation>
    </message>
    <message>
        <source>unknown sub-command &quot;%1&quot;; use auto-check or sample.</source>
        <translation>未知子命令 &quot;%1&quot;；请使用 auto-check 或 sample。</translation>
    </message>
    <message>
        <source>Runs the auto-QA rules (forbidden phrases, customer waits over the threshold, missing greeting or closing) with the store&apos;s settings over every conversation, or over those started from --from to --to, and updates the stored flags. Conversations whose flags did not change are not rewritten.
Exit codes: 0 done, 1 the store could not be read or written, 2 wrong arguments.</source>
        <translation>按数据库中的设置对全部会话（或 --from 至 --to 期间开始的会话）运行自动质检规则（禁用语、客户等待超过阈值、缺少问候语或结束语），并更新已保存的标记。标记未变化的会话不会重写。
退出码：0 完成，1 无法读取或写入数据库，2 参数错误。</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>First day (UTC) of the period.</source>
        <translation>周期的第一天（UTC）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Last day (UTC) of the period.</source>
        <translation>周期的最后一天（UTC）。</translation>
    </message>
    <message>
        <source>Usage: teamlens qa auto-check --db FILE [--from D --to D]</source>
        <translation>用法：teamlens qa auto-check --db 文件 [--from 日期 --to 日期]</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>必须用 --db 指定数据库文件。</translation>
    </message>
    <message>
        <source>give both --from and --to, or neither.</source>
        <translation>请同时指定 --from 和 --to，或都不指定。</translation>
    </message>
    <message>
        <source>write dates as YYYY-MM-DD.</source>
        <translation>日期请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to 早于 --from。</translation>
    </message>
    <message>
        <source>teamlens qa: %1</source>
        <translation>teamlens qa：%1</translation>
    </message>
    <message>
        <source>Checked %1 conversations in %2 ms; %3 had their flags updated.</source>
        <translation>已在 %2 毫秒内检查 %1 个会话；其中 %3 个会话的标记已更新。</translation>
    </message>
    <message>
        <source>Draws a QA sample (抽检) of the conversations started from --from to --to: N per agent, the over-sampled strata first, the rest at random, reproducibly from the seed. Assigns the conversations to reviewers round-robin under the workload cap, never to the agent themselves, prints how many each stratum drew and why, and saves the draw with its seed unless --dry-run.
Strata: low_csat, complaint, long_handling, auto_qa_flag, new_hire.
Exit codes: 0 drawn, 1 the store could not be read or written, 2 wrong arguments.</source>
        <translation>从 --from 至 --to 期间开始的会话中抽检：每位客服 N 个，先按加权抽样的分层抽取，其余随机抽取，由种子保证可复现。在工作量上限内轮流分配给质检员，绝不分配给客服本人；输出每个分层抽取的数量及原因，并连同种子保存本次抽样（--dry-run 时不保存）。
分层：low_csat、complaint、long_handling、auto_qa_flag、new_hire。
退出码：0 已抽取，1 无法读取或写入数据库，2 参数错误。</translation>
    </message>
    <message>
        <source>Conversations per agent (default 5).</source>
        <translation>每位客服的会话数（默认 5）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Over-sampled strata and their quota per agent, in order (default low_csat:1,complaint:1,auto_qa_flag:1).</source>
        <translation>按顺序列出加权抽样的分层及每位客服的配额（默认 low_csat:1,complaint:1,auto_qa_flag:1）。</translation>
    </message>
    <message>
        <source>STRATUM:N,…</source>
        <translation>分层:数量,…</translation>
    </message>
    <message>
        <source>Reviews per reviewer (default 0, no cap).</source>
        <translation>每位质检员的评审数上限（默认 0，不设上限）。</translation>
    </message>
    <message>
        <source>The seed (default: a random one, printed).</source>
        <translation>随机种子（默认随机生成并输出）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Explain the draw without saving it.</source>
        <translation>只说明抽样结果，不保存。</translation>
    </message>
    <message>
        <source>Usage: teamlens qa sample --db FILE --from D --to D [options]</source>
        <translation>用法：teamlens qa sample --db 文件 --from 日期 --to 日期 [选项]</translation>
    </message>
    <message>
        <source>--from and --to are required.</source>
        <translation>必须指定 --from 和 --to。</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>--per-agent must be a whole number.</source>
        <translation>--per-agent 必须是整数。</translation>
    </message>
    <message>
        <source>--cap must be a whole number.</source>
        <translation>--cap 必须是整数。</translation>
    </message>
    <message>
        <source>--strata must list STRATUM:N pairs, e.g. low_csat:1,auto_qa_flag:2.</source>
        <translation>--strata 必须列出“分层:数量”，例如 low_csat:1,auto_qa_flag:2。</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number.</source>
        <translation>--seed 必须是非负整数。</translation>
    </message>
    <message>
        <source>Note: the auto-QA flags are not up to date with the settings; run &quot;teamlens qa auto-check&quot; first for the auto_qa_flag stratum to see them.</source>
        <translation>注意：自动质检标记与当前设置不一致；请先运行 &quot;teamlens qa auto-check&quot;，auto_qa_flag 分层才能看到最新标记。</translation>
    </message>
    <message numerus="yes">
        <source>Sample of %1 to %2, seed %3: %n conversation(s) from %4 candidates.</source>
        <translation>
            <numerusform>%1 至 %2 的抽样，种子 %3：从 %4 个候选会话中抽取 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Assignment:</source>
        <translation>分配：</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversation(s)</source>
        <translation>
            <numerusform>%1：%n 个会话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) not assigned: every eligible reviewer is at the workload cap.</source>
        <translation>
            <numerusform>%n 个会话未分配：所有可分配的质检员都已达到工作量上限。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: the draw was not saved.</source>
        <translation>试运行：本次抽样未保存。</translation>
    </message>
    <message>
        <source>Saved as draw %1.</source>
        <translation>已保存为第 %1 次抽样。</translation>
    </message>
    <message>
        <source>Rechecked %1 conversations whose ticket ended or reopened since their flags were computed.</source>
        <translation>已重新检查 %1 个会话：其工单在标记计算后已结束或重新打开。</translation>
    </message>
</context>
<context>
    <name>QaDisputeRepository</name>
    <message>
        <source>QA review %1 is a draft; only a submitted review can be disputed.</source>
        <translation>质检记录 %1 仍是草稿；只有已提交的质检记录才能申诉。</translation>
    </message>
    <message>
        <source>QA review %1 is a calibration review; it does not count in a QA score and cannot be disputed.</source>
        <translation>质检记录 %1 是校准评分，不计入质检得分，不能申诉。</translation>
    </message>
    <message>
        <source>Unknown dispute reason &quot;%1&quot;.</source>
        <translation>未知的申诉原因“%1”。</translation>
    </message>
    <message>
        <source>A dispute needs a text saying what is wrong.</source>
        <translation>申诉需要填写说明，指出哪里有误。</translation>
    </message>
    <message>
        <source>The dispute window of QA review %1 closed on %2.</source>
        <translation>质检记录 %1 的申诉期已于 %2 截止。</translation>
    </message>
    <message>
        <source>Criterion %1 is not part of QA review %2.</source>
        <translation>评分项 %1 不属于质检记录 %2。</translation>
    </message>
    <message>
        <source>Dispute %1 on this review is still open; wait for its decision.</source>
        <translation>该质检记录的申诉 %1 尚未处理，请等待处理结果。</translation>
    </message>
    <message>
        <source>Dispute %1 is already decided (%2).</source>
        <translation>申诉 %1 已处理（%2）。</translation>
    </message>
    <message>
        <source>A dispute decision needs a text the agent can read.</source>
        <translation>申诉处理需要填写给客服看的说明。</translation>
    </message>
    <message>
        <source>A dispute is decided by accepting, partially accepting or rejecting it.</source>
        <translation>申诉只能处理为接受、部分接受或驳回。</translation>
    </message>
    <message>
        <source>Accepting a dispute needs the corrected answers.</source>
        <translation>接受申诉需要给出更正后的评分。</translation>
    </message>
    <message>
        <source>A rejected dispute leaves the answers as they are.</source>
        <translation>驳回申诉时评分保持不变。</translation>
    </message>
    <message>
        <source>Dispute %1 is about criterion %2 only; criterion %3 cannot change with it.</source>
        <translation>申诉 %1 只针对评分项 %2，不能同时修改评分项 %3。</translation>
    </message>
    <message>
        <source>Dispute %1 %2: %3</source>
        <translation>申诉 %1 %2：%3</translation>
    </message>
    <message>
        <source>Dispute %1 does not exist in this store.</source>
        <translation>数据库中不存在申诉 %1。</translation>
    </message>
    <message>
        <source>Dispute %1 is no longer open (%2); only an open dispute can be withdrawn.</source>
        <translation>申诉 %1 已不在待处理状态（%2）；只有待处理的申诉才能撤回。</translation>
    </message>
    <message>
        <source>Only %1, who raised dispute %2, can withdraw it.</source>
        <translation>只有发起申诉 %2 的 %1 才能撤回它。</translation>
    </message>
    <message>
        <source>Dispute %1 changed meanwhile; reload it.</source>
        <translation>申诉 %1 已被他人修改；请重新加载。</translation>
    </message>
    <message>
        <source>%1 raised dispute %2 and cannot also decide it; another QA lead must.</source>
        <translation>%1 提出了申诉 %2，不能再由其本人裁定，须由另一位质检主管裁定。</translation>
    </message>
</context>
<context>
    <name>QaQueueModel</name>
    <message>
        <source>To do</source>
        <translation>待评</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
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
        <source>Reviewer</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4 (%5)</source>
        <translation>%1 %2：%3 → %4（%5）</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>Reassigned:</source>
        <translation>已改派：</translation>
    </message>
</context>
<context>
    <name>QaReassignRepository</name>
    <message>
        <source>Sampled conversation %1 does not exist in this store.</source>
        <translation>数据库中不存在抽检会话 %1。</translation>
    </message>
</context>
<context>
    <name>QaResultsCriterionChart</name>
    <message>
        <source>Score by criterion</source>
        <translation>各评分项得分</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1（n = %2）</translation>
    </message>
</context>
<context>
    <name>QaResultsTableModel</name>
    <message numerus="yes">
        <source>Mean score of the submitted QA reviews of conversations in the period (the qa_score KPI); calibration reviews never count. Under %n review(s) it is insufficient.</source>
        <translation>
            <numerusform>期间内会话的已提交质检记录的平均得分（即 qa_score 指标）；校准评分从不计入。少于 %n 条记录时为样本不足。</numerusform>
        </translation>
    </message>
    <message>
        <source>Share of the reviews with a failed critical criterion.</source>
        <translation>含有不合格致命项的质检记录所占比例。</translation>
    </message>
    <message>
        <source>QA score minus the agent&apos;s team&apos;s QA score.</source>
        <translation>质检得分减去该客服所在小组的质检得分。</translation>
    </message>
    <message>
        <source>QA score minus the center&apos;s QA score.</source>
        <translation>质检得分减去全中心的质检得分。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>QA score</source>
        <translation>质检得分</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>质检数</translation>
    </message>
    <message>
        <source>Critical fails</source>
        <translation>致命项不合格</translation>
    </message>
    <message>
        <source>Gap to team</source>
        <translation>与小组差距</translation>
    </message>
    <message>
        <source>Gap to center</source>
        <translation>与全中心差距</translation>
    </message>
    <message>
        <source>%1 (insufficient)</source>
        <translation>%1（样本不足）</translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1%（%3 条中 %2 条）</translation>
    </message>
    <message numerus="yes">
        <source>Only %n review(s); the rule set asks for at least %1 before comparing.</source>
        <translation>
            <numerusform>仅 %n 条质检记录；规则要求至少 %1 条才可比较。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QaResultsTrendChart</name>
    <message>
        <source>Weekly QA score</source>
        <translation>每周质检得分</translation>
    </message>
    <message>
        <source>Week of %1: %2 (n = %3)</source>
        <translation>%1 当周：%2（n = %3）</translation>
    </message>
    <message>
        <source>score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>QA score</source>
        <translation>质检得分</translation>
    </message>
</context>
<context>
    <name>QaResultsView</name>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>全中心</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Coach…</source>
        <translation>辅导(&amp;C)…</translation>
    </message>
    <message>
        <source>Record a coaching session with the selected agent.</source>
        <translation>为所选客服记录一次辅导。</translation>
    </message>
    <message>
        <source>Select a row to see its score by criterion and its weekly trend.</source>
        <translation>选择一行以查看其各评分项得分和每周趋势。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Could not read the QA results: %1</source>
        <translation>无法读取质检结果：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n review(s), QA score needs %2 or more to compare, counting rules version %3</source>
        <translation>
            <numerusform>%1：%n 条质检记录，质检得分需至少 %2 条才可比较，统计规则版本 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n review(s) in %2</source>
        <translation>
            <numerusform>%1 — %2 内 %n 条质检记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the weekly trend: %1</source>
        <translation>无法读取每周趋势：%1</translation>
    </message>
</context>
<context>
    <name>QaReviewRepository</name>
    <message>
        <source>QA review %1 does not exist in this store.</source>
        <translation>数据库中不存在质检记录 %1。</translation>
    </message>
    <message>
        <source>QA review %1 is already submitted; its answers change only through a dispute decision.</source>
        <translation>质检记录 %1 已提交；其评分只能通过申诉裁定修改。</translation>
    </message>
    <message>
        <source>QA review %1 is already submitted.</source>
        <translation>质检记录 %1 已提交。</translation>
    </message>
    <message numerus="yes">
        <source>QA review %1 cannot be submitted: %n criterion(s) are not answered yet.</source>
        <translation>
            <numerusform>质检记录 %1 无法提交：还有 %n 个评分项未评分。</numerusform>
        </translation>
    </message>
    <message>
        <source>QA review %1 is still a draft; save the draft instead.</source>
        <translation>质检记录 %1 仍是草稿；请保存草稿。</translation>
    </message>
    <message>
        <source>Changing a submitted review&apos;s score needs a reason.</source>
        <translation>修改已提交质检记录的分数需要填写原因。</translation>
    </message>
    <message>
        <source>QA review %1 belongs to calibration session %2, which is blind until it is closed.</source>
        <translation>质检记录 %1 属于校准会 %2，该校准结束前评分保持隐藏。</translation>
    </message>
    <message>
        <source>Calibration session %1 is closed; its reviews can no longer change.</source>
        <translation>校准会 %1 已结束，其评分不能再修改。</translation>
    </message>
</context>
<context>
    <name>QaSampleRepository</name>
    <message>
        <source>Sampling draw %1 does not exist in this store.</source>
        <translation>数据库中不存在抽检批次 %1。</translation>
    </message>
    <message>
        <source>Sampled conversation %1 does not exist in this store.</source>
        <translation>数据库中不存在抽检会话 %1。</translation>
    </message>
    <message>
        <source>User %1 is not an active reviewer.</source>
        <translation>用户 %1 不是在职的质检员。</translation>
    </message>
</context>
<context>
    <name>Ranking</name>
    <message>
        <source>KPIs with too few samples are not scored; the composite is Σ weight × score ÷ Σ weight over the KPIs that were scored, so their weights are scaled up to 100.</source>
        <translation>样本不足的指标不计分；综合得分 = 已计分指标的 Σ 权重 × 得分 ÷ Σ 权重，即其权重按比例放大到 100。</translation>
    </message>
</context>
<context>
    <name>RankingCommand</name>
    <message>
        <source>rank agents by composite score for a month or quarter (CSV or JSON)</source>
        <translation>按月或按季度以综合得分为客服排名（CSV 或 JSON）</translation>
    </message>
    <message>
        <source>Ranks every agent by composite score (Σ weight × KPI score ÷ 100) under a weight profile, per team or across the center, with the movement against the previous period. Agents under the minimum volume are listed as not ranked; agents hired within the onboarding window rank in their own cohort. A closed period prints its frozen snapshot.
Exit codes: 0 computed, 1 the store could not be read, 2 wrong arguments.</source>
        <translation>按考核方案以综合得分（Σ 权重 × 指标得分 ÷ 100）为每位客服排名，可按团队或全中心排名，并给出与上一期相比的名次变化。接待量低于最低要求的客服列为不参与排名；处于新人期的客服单独排名。已月结的期间输出冻结的快照。
退出码：0 计算完成，1 无法读取数据库，2 参数错误。</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>A calendar month.</source>
        <translation>一个自然月。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>A calendar quarter.</source>
        <translation>一个自然季度。</translation>
    </message>
    <message>
        <source>YYYY-Qn</source>
        <translation>YYYY-Qn</translation>
    </message>
    <message>
        <source>The weight profile (default: the store&apos;s ranking profile).</source>
        <translation>考核方案（默认：数据库的排名方案）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Rank within each team or across the center (default).</source>
        <translation>在各团队内排名，或在全中心排名（默认）。</translation>
    </message>
    <message>
        <source>team|center</source>
        <translation>team|center</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv（默认）或 json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>teamlens ranking: %1</source>
        <translation>teamlens ranking：%1</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>必须用 --db 指定数据库文件。</translation>
    </message>
    <message>
        <source>give either --period YYYY-MM or --quarter YYYY-Qn.</source>
        <translation>请给出 --period YYYY-MM 或 --quarter YYYY-Qn。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quarter; write it as YYYY-Qn, e.g. 2026-Q4.</source>
        <translation>“%1”不是季度；请写成 YYYY-Qn，例如 2026-Q4。</translation>
    </message>
    <message>
        <source>--by must be team or center, not &quot;%1&quot;.</source>
        <translation>--by 只能是 team 或 center，不能是“%1”。</translation>
    </message>
    <message>
        <source>--format must be csv or json, not &quot;%1&quot;.</source>
        <translation>--format 只能是 csv 或 json，不能是“%1”。</translation>
    </message>
    <message>
        <source>Note: %1 is closed; printing its frozen snapshot.</source>
        <translation>注意：%1 已月结；输出冻结的快照。</translation>
    </message>
</context>
<context>
    <name>RankingService</name>
    <message>
        <source>The ranking period is not a valid date range.</source>
        <translation>排名期间不是有效的日期范围。</translation>
    </message>
    <message>
        <source>The weight profile &quot;%1&quot; has no versions.</source>
        <translation>考核方案“%1”没有任何版本。</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign conversation %1</source>
        <translation>改派会话 %1</translation>
    </message>
    <message>
        <source>%1 — %2 open of %3</source>
        <translation>%1 — 待评 %2 / 上限 %3</translation>
    </message>
    <message>
        <source>%1 — %2 open (no cap)</source>
        <translation>%1 — 待评 %2（无上限）</translation>
    </message>
    <message>
        <source>at the cap</source>
        <translation>已达上限</translation>
    </message>
    <message>
        <source>Required, e.g. reviewer on leave</source>
        <translation>必填，例如：质检员休假</translation>
    </message>
    <message>
        <source>Agent: %1 · now with %2</source>
        <translation>客服：%1 · 当前质检员：%2</translation>
    </message>
    <message>
        <source>No other reviewer can take this conversation.</source>
        <translation>没有其他质检员可以接手此会话。</translation>
    </message>
    <message>
        <source>New reviewer:</source>
        <translation>新质检员：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>改派</translation>
    </message>
</context>
<context>
    <name>RecordMapper</name>
    <message>
        <source>platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>ticket type</source>
        <translation>工单类型</translation>
    </message>
    <message>
        <source>category</source>
        <translation>问题分类</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>ticket status</source>
        <translation>工单状态</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>发言方</translation>
    </message>
    <message>
        <source>shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>agent status</source>
        <translation>客服状态</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>longer than 65,536 characters</source>
        <translation>超过 65,536 个字符</translation>
    </message>
    <message>
        <source>an id must not contain line breaks, control characters or direction marks (found U+%1)</source>
        <translation>编号中不能包含换行符、控制字符或文字方向标记（发现 U+%1）</translation>
    </message>
    <message>
        <source>“%1” is not a date in the format %2</source>
        <translation>“%1”不是 %2 格式的日期</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>“%1” is not a whole number of seconds</source>
        <translation>“%1”不是整数秒数</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money</source>
        <translation>“%1”不是有效的金额</translation>
    </message>
    <message>
        <source>“%1” is not a duration in %2</source>
        <translation>“%1”不是有效的时长（单位：%2）</translation>
    </message>
    <message>
        <source>“%1” is not a score from 1 to 5</source>
        <translation>“%1”不是 1 到 5 之间的评分</translation>
    </message>
    <message>
        <source>“%1” is not yes or no (expected 1/0, true/false, yes/no, y/n, 是/否)</source>
        <translation>“%1”不是“是”或“否”（应为 1/0、true/false、yes/no、y/n、是/否）</translation>
    </message>
    <message>
        <source>%1 is required but blank</source>
        <translation>%1 为必填项，但值为空</translation>
    </message>
    <message>
        <source>%1 (%2 UTC) is earlier than created_at (%3 UTC)</source>
        <translation>%1（%2 UTC）早于 created_at（%3 UTC）</translation>
    </message>
    <message>
        <source>same %1 as row %2</source>
        <translation>%1与第 %2 行相同</translation>
    </message>
    <message>
        <source>the row has no utterances</source>
        <translation>该行没有任何发言</translation>
    </message>
    <message numerus="yes">
        <source>The file has no column %1.</source>
        <translation>
            <numerusform>文件中没有列 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>row has %1 fields, header has %2</source>
        <translation>该行有 %1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>外部编号</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>message id</source>
        <translation>消息编号</translation>
    </message>
    <message>
        <source>ticket id</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2 (expected %3)</source>
        <translation>“%1”不是有效的%2（应为%3）</translation>
    </message>
</context>
<context>
    <name>RejectWriter</name>
    <message>
        <source>Cannot write the reject file %1: %2</source>
        <translation>无法写入错误行文件 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cannot save the reject file %1: %2</source>
        <translation>无法保存错误行文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReviewerWorkspace</name>
    <message>
        <source>Any due date</source>
        <translation>全部截止日期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>%n 天内到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>队列：</translation>
    </message>
    <message>
        <source>Select a conversation in the queue.</source>
        <translation>请在队列中选择一个会话。</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Keys: J/K or ↓/↑ criterion · 1–5, 0 value · P pass · F fail · N N/A · C comment (Return back) · Ctrl+S save draft · Ctrl+Enter submit · Ctrl+N next item</source>
        <translation>快捷键：J/K 或 ↓/↑ 切换评分项 · 1–5、0 打分 · P 合格 · F 不合格 · N 不适用 · C 备注（回车返回） · Ctrl+S 保存草稿 · Ctrl+Enter 提交 · Ctrl+N 下一条</translation>
    </message>
    <message>
        <source>You (%1) are not a reviewer in this store, so there is no queue.</source>
        <translation>您（%1）不是此数据库中的质检员，因此没有质检队列。</translation>
    </message>
    <message>
        <source>No conversations are assigned for review.</source>
        <translation>没有分配给您的待质检会话。</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>全部客服</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部小组</translation>
    </message>
    <message>
        <source>All reviewers</source>
        <translation>全部质检员</translation>
    </message>
    <message>
        <source>Loading conversation %1…</source>
        <translation>正在加载会话 %1…</translation>
    </message>
    <message>
        <source>Conversation %1 · %2 · %3</source>
        <translation>会话 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>This review was submitted; a dispute is the way to change it.</source>
        <translation>该质检记录已提交；如需更改请走申诉流程。</translation>
    </message>
    <message numerus="yes">
        <source>Cannot submit: %n criterion(s) unanswered: %1.</source>
        <translation>
            <numerusform>无法提交：还有 %n 项评分项未评：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Submitted: score %1.</source>
        <translation>已提交：得分 %1。</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>草稿已于 %1 保存。</translation>
    </message>
    <message>
        <source>This was the last conversation in the queue.</source>
        <translation>这已是队列中的最后一个会话。</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>改派…</translation>
    </message>
    <message>
        <source>Give the selected conversation to another reviewer, with a reason.</source>
        <translation>将所选会话改派给其他质检员，并注明原因。</translation>
    </message>
    <message>
        <source>Auto-QA has not checked this store yet.</source>
        <translation>自动质检尚未检查过此数据库。</translation>
    </message>
    <message>
        <source>Auto-QA: no flags.</source>
        <translation>自动质检：无标记。</translation>
    </message>
    <message numerus="yes">
        <source>%n auto-QA flag(s):</source>
        <translation>
            <numerusform>%n 个自动质检标记：</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show the message.</source>
        <translation>点击查看该消息。</translation>
    </message>
    <message>
        <source>Reassigned: %1</source>
        <translation>已改派：%1</translation>
    </message>
    <message>
        <source>Conversation %1 was reassigned.</source>
        <translation>会话 %1 已改派。</translation>
    </message>
    <message>
        <source>Out of date: these flags were computed under other auto-QA rules or by an older TeamLens; run auto-QA again.</source>
        <translation>已过期：这些标记是按其他自动质检规则或由旧版 TeamLens 生成的，请重新运行自动质检。</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>未提交</translation>
    </message>
</context>
<context>
    <name>SampleDrawDialog</name>
    <message>
        <source>Random fill</source>
        <translation>随机补足</translation>
    </message>
    <message>
        <source>Low CSAT (≤ 2)</source>
        <translation>低满意度（≤ 2）</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Long handling (≥ 30 min)</source>
        <translation>处理时长过长（≥ 30 分钟）</translation>
    </message>
    <message>
        <source>Auto-QA flagged</source>
        <translation>自动质检已标记</translation>
    </message>
    <message>
        <source>New hires (90 days)</source>
        <translation>新人（入职 90 天内）</translation>
    </message>
    <message>
        <source>Draw QA sample</source>
        <translation>抽取质检样本</translation>
    </message>
    <message>
        <source> per agent</source>
        <translation> 个/每位客服</translation>
    </message>
    <message>
        <source>Over-sampled first (per agent; 0 = not over-sampled)</source>
        <translation>优先加权抽样（每位客服；0 = 不加权）</translation>
    </message>
    <message>
        <source>The same week, rule and seed give the same draw.</source>
        <translation>相同的周、规则和种子会得到相同的抽样结果。</translation>
    </message>
    <message>
        <source>New &amp;seed</source>
        <translation>新种子(&amp;S)</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <source> reviews per reviewer</source>
        <translation> 个评审/每位质检员</translation>
    </message>
    <message>
        <source>Week:</source>
        <translation>周：</translation>
    </message>
    <message>
        <source>Conversations:</source>
        <translation>会话数：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <source>Workload cap:</source>
        <translation>工作量上限：</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>抽取(&amp;D)</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>Quota per agent</source>
        <translation>每位客服配额</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>已抽取</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话数</translation>
    </message>
    <message>
        <source>&amp;Save draw</source>
        <translation>保存抽样(&amp;S)</translation>
    </message>
    <message>
        <source>Per stratum:</source>
        <translation>各分层：</translation>
    </message>
    <message>
        <source>Assignment:</source>
        <translation>分配：</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Weekly sample</source>
        <translation>每周抽检</translation>
    </message>
    <message>
        <source>The seed must be a whole number of 0 or more.</source>
        <translation>种子必须是大于等于 0 的整数。</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>正在抽取…</translation>
    </message>
    <message>
        <source>The sample could not be drawn: %1</source>
        <translation>无法抽取样本：%1</translation>
    </message>
    <message>
        <source>(not assigned: every reviewer at the cap)</source>
        <translation>（未分配：所有质检员已达上限）</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) drawn from %1 candidates with seed %2.</source>
        <translation>
            <numerusform>以种子 %2 从 %1 个候选会话中抽取了 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>The auto-QA flags are out of date with the rules; run the check first for the auto-QA stratum to be current.</source>
        <translation>自动质检标记与规则不一致；请先运行检查，自动质检分层才是最新的。</translation>
    </message>
    <message>
        <source>The draw could not be saved: %1</source>
        <translation>无法保存本次抽样：%1</translation>
    </message>
    <message>
        <source>Saved as draw %1 (seed %2).</source>
        <translation>已保存为第 %1 次抽样（种子 %2）。</translation>
    </message>
</context>
<context>
    <name>Sampler</name>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Low CSAT</source>
        <translation>低满意度</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Long handling</source>
        <translation>处理时长过长</translation>
    </message>
    <message>
        <source>Auto-QA flags</source>
        <translation>自动质检标记</translation>
    </message>
    <message>
        <source>New hires</source>
        <translation>新人</translation>
    </message>
    <message>
        <source>%1: %2 drawn at random among the %3 conversations to make up %4 per agent.</source>
        <translation>%1：从 %3 个会话中随机抽取 %2 个，补足每位客服 %4 个。</translation>
    </message>
    <message>
        <source>%1: %2 drawn of %3 eligible (over-sampled, up to %4 per agent).</source>
        <translation>%1：从 %3 个符合条件的会话中抽取 %2 个（加抽，每位客服最多 %4 个）。</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) had fewer eligible conversations than that.</source>
        <translation>
            <numerusform>其中 %n 位客服符合条件的会话不足此数。</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why the conversation is reassigned.</source>
        <translation>请说明改派此会话的原因。</translation>
    </message>
    <message>
        <source>A conversation cannot be reviewed by the agent who handled it.</source>
        <translation>会话不能由接待它的客服本人质检。</translation>
    </message>
    <message>
        <source>The conversation is already assigned to this reviewer.</source>
        <translation>该会话已分配给这位质检员。</translation>
    </message>
    <message>
        <source>This reviewer already has %1 reviews, the workload cap.</source>
        <translation>这位质检员已有 %1 条质检任务，已达工作量上限。</translation>
    </message>
</context>
<context>
    <name>SamplingRule</name>
    <message>
        <source>A sampling rule draws at least one conversation per agent.</source>
        <translation>抽检规则每位客服至少抽取一个会话。</translation>
    </message>
    <message>
        <source>Each over-sampled group can appear once in a sampling rule.</source>
        <translation>每个加抽分组在抽检规则中只能出现一次。</translation>
    </message>
    <message>
        <source>An over-sampled group takes at least one conversation per agent.</source>
        <translation>加抽分组每位客服至少抽取一个会话。</translation>
    </message>
    <message>
        <source>The over-sampled groups take %1 conversations per agent, more than the %2 the rule draws.</source>
        <translation>加抽分组每位客服共抽取 %1 个会话，超过了规则抽取的 %2 个。</translation>
    </message>
    <message>
        <source>The workload cap cannot be negative.</source>
        <translation>工作量上限不能为负数。</translation>
    </message>
    <message>
        <source>The sampling rule is not valid JSON: %1.</source>
        <translation>抽检规则不是有效的 JSON：%1。</translation>
    </message>
    <message>
        <source>The sampling rule names an unknown group &quot;%1&quot;.</source>
        <translation>抽检规则中有未知的分组“%1”。</translation>
    </message>
</context>
<context>
    <name>SaveProfileDialog</name>
    <message>
        <source>Save profile</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <source>e.g. taobao-tickets</source>
        <translation>例如 taobao-tickets</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, “.”, “-” and “_”. Saving under an existing name replaces that profile.</source>
        <translation>可使用小写字母、数字、“.”、“-”和“_”。以已有名称保存会替换该方案。</translation>
    </message>
</context>
<context>
    <name>ScorecardPanel</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>关键项</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>P or 1</source>
        <translation>P 或 1</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>F or 0</source>
        <translation>F 或 0</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Comment (C)</source>
        <translation>备注（C）</translation>
    </message>
    <message>
        <source>No review open</source>
        <translation>未打开质检记录</translation>
    </message>
    <message>
        <source>Total %1  (%2 of %3 points)</source>
        <translation>总分 %1（%2 / %3 分）</translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered</source>
        <translation>
            <numerusform>%n 项未评</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical fail: %1 — the whole review scores 0.</source>
        <translation>关键项不合格：%1 —— 整单记 0 分。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Critical fail: %1 — its section scores 0.</source>
        <translation>关键项不合格：%1 —— 所在分区记 0 分。</translation>
    </message>
    <message>
        <source>Suggested by auto-QA (%1): keep it or change it.</source>
        <translation>自动质检建议（%1）：可保留或修改。</translation>
    </message>
</context>
<context>
    <name>ScorecardScorer</name>
    <message>
        <source>Criterion %1 is not part of scorecard &quot;%2&quot; version %3.</source>
        <translation>评分项 %1 不属于评分卡“%2”第 %3 版。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes a value from %2 to %3, not %4.</source>
        <translation>“%1”的取值范围是 %2 到 %3，不能为 %4。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be answered N/A.</source>
        <translation>“%1”不能选择“不适用”。</translation>
    </message>
</context>
<context>
    <name>ScorecardTemplate</name>
    <message>
        <source>The scorecard template needs a name.</source>
        <translation>评分卡模板需要一个名称。</translation>
    </message>
    <message>
        <source>The scorecard template &quot;%1&quot; has no criteria.</source>
        <translation>评分卡模板“%1”没有任何评分项。</translation>
    </message>
    <message>
        <source>A section of &quot;%1&quot; has no title.</source>
        <translation>“%1”中有一个分组没有标题。</translation>
    </message>
    <message>
        <source>Criterion &quot;%1&quot; needs a key of its own.</source>
        <translation>评分项“%1”需要一个唯一的标识。</translation>
    </message>
    <message>
        <source>Criterion &quot;%1&quot; needs both a Chinese and an English title.</source>
        <translation>评分项“%1”需要同时填写中文和英文标题。</translation>
    </message>
    <message>
        <source>Criterion &quot;%1&quot; must be worth more than 0 points.</source>
        <translation>评分项“%1”的分值必须大于 0。</translation>
    </message>
    <message>
        <source>Criterion &quot;%1&quot; is scored 0 to N and needs N of at least 1.</source>
        <translation>评分项“%1”按 0 到 N 计分，N 至少为 1。</translation>
    </message>
</context>
<context>
    <name>ScorecardTemplateRepository</name>
    <message>
        <source>Scorecard template version %1 does not exist in this store.</source>
        <translation>数据库中不存在评分卡模板版本 %1。</translation>
    </message>
    <message>
        <source>Criterion &quot;%1&quot; of scorecard &quot;%2&quot; has a setting this version of TeamLens does not know.</source>
        <translation>评分卡“%2”的评分项“%1”含有此版本 TeamLens 无法识别的设置。</translation>
    </message>
    <message>
        <source>There is no scorecard template named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的评分卡模板。</translation>
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
    <name>TargetEditor</name>
    <message>
        <source>Target %1 does not exist.</source>
        <translation>目标 %1 不存在。</translation>
    </message>
    <message>
        <source>A target cannot end before its first day (%1).</source>
        <translation>目标的结束日期不能早于其生效日期（%1）。</translation>
    </message>
</context>
<context>
    <name>TargetEditorDialog</name>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Active on</source>
        <translation>生效于</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>显示历史</translation>
    </message>
    <message>
        <source>Also show targets that were replaced or ended before today</source>
        <translation>同时显示今天之前已被替换或已结束的目标</translation>
    </message>
    <message>
        <source>All KPIs</source>
        <translation>全部指标</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部小组</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>小组：</translation>
    </message>
    <message>
        <source>KPI:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Team standard</source>
        <translation>小组标准</translation>
    </message>
    <message>
        <source>Agent override</source>
        <translation>客服个别目标</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add the target above as a new team standard or agent override</source>
        <translation>将上面的目标添加为新的小组标准或客服个别目标</translation>
    </message>
    <message>
        <source>&amp;Change selected</source>
        <translation>修改所选(&amp;C)</translation>
    </message>
    <message>
        <source>Replace the selected target from the first day above; it ends the day before</source>
        <translation>从上面的生效日期起替换所选目标；原目标在前一天结束</translation>
    </message>
    <message>
        <source>&amp;End selected</source>
        <translation>结束所选(&amp;E)</translation>
    </message>
    <message>
        <source>Make the date on the left the selected target&apos;s last day</source>
        <translation>将左侧日期设为所选目标的最后一天</translation>
    </message>
    <message>
        <source>until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>最后一天：</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>适用于：</translation>
    </message>
    <message>
        <source>KPI and value:</source>
        <translation>指标和目标值：</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Target #</source>
        <translation>目标编号</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>改进前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>改进后</translation>
    </message>
    <message>
        <source>Every change to targets, newest first. The audit log cannot be edited.</source>
        <translation>目标的每一次变更，最新的在前。审计日志不可修改。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not read the targets: %1</source>
        <translation>无法读取目标：%1</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>无小组</translation>
    </message>
    <message numerus="yes">
        <source>%n target row(s) in the store.</source>
        <translation>
            <numerusform>数据库中有 %n 条目标记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>%1 (team)</source>
        <translation>%1（小组）</translation>
    </message>
    <message>
        <source>%1 %2 for %3, %4 – %5</source>
        <translation>%1 %2，适用于 %3，%4 – %5</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>Choose an agent for the override.</source>
        <translation>请为个别目标选择客服。</translation>
    </message>
    <message>
        <source>%1 is measured for teams only; it takes no agent override.</source>
        <translation>%1 仅按小组计算，不能设定客服个别目标。</translation>
    </message>
    <message>
        <source>Choose a team for the standard.</source>
        <translation>请为标准选择小组。</translation>
    </message>
    <message>
        <source>The last day (%1) comes before the first day (%2).</source>
        <translation>最后一天（%1）早于生效日期（%2）。</translation>
    </message>
    <message>
        <source>Added target.</source>
        <translation>已添加目标。</translation>
    </message>
    <message>
        <source>A change starts after the target it replaces, which starts on %1.</source>
        <translation>修改后的目标必须晚于被替换目标的生效日期（%1）开始。</translation>
    </message>
    <message>
        <source>The selected target already ended on %1; add a new target instead.</source>
        <translation>所选目标已于 %1 结束；请改为添加新目标。</translation>
    </message>
    <message>
        <source>Changed target %1.</source>
        <translation>已修改目标 %1。</translation>
    </message>
    <message>
        <source>Ended target %1.</source>
        <translation>已结束目标 %1。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>TargetRepository</name>
    <message>
        <source>&quot;%1&quot; is not a KPI of the catalogue.</source>
        <translation>“%1”不是指标目录中的指标。</translation>
    </message>
    <message>
        <source>A target is either a team&apos;s standard or one agent&apos;s override.</source>
        <translation>目标要么是团队标准，要么是单个客服的个别目标。</translation>
    </message>
    <message>
        <source>A target needs a first day, and its last day cannot come before it.</source>
        <translation>目标需要生效日期，且截止日期不能早于生效日期。</translation>
    </message>
    <message>
        <source>Target %1 does not exist.</source>
        <translation>目标 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>TargetTableModel</name>
    <message>
        <source>(team standard)</source>
        <translation>（小组标准）</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>#</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>From</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>设定人</translation>
    </message>
    <message>
        <source>Set at</source>
        <translation>设定时间</translation>
    </message>
</context>
<context>
    <name>TargetUnits</name>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Enter a target value.</source>
        <translation>请输入目标值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>The target for %1 must be more than 0 and at most %2.</source>
        <translation>%1 的目标值必须大于 0 且不超过 %2。</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Preview: pick answers as a reviewer would</source>
        <translation>预览：像质检员一样选择评分</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>撤销：%1（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>重做：%1（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Save as &amp;new template…</source>
        <translation>另存为新模板(&amp;N)…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The scorecard templates could not be read: %1</source>
        <translation>无法读取评分卡模板：%1</translation>
    </message>
    <message>
        <source>This store has no scorecard template yet.</source>
        <translation>该数据库中还没有评分卡模板。</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 — in use by %n review(s)</source>
        <translation>
            <numerusform>版本 %1 — 已被 %n 条质检记录使用</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 — in use by a calibration session</source>
        <translation>版本 %1 — 已被校准会话使用</translation>
    </message>
    <message>
        <source>Version %1 — not used yet</source>
        <translation>版本 %1 — 尚未使用</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved.</source>
        <translation>“%1”有尚未保存的修改。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Save as new template</source>
        <translation>另存为新模板</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>新模板名称：</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>无法保存模板：%1</translation>
    </message>
    <message>
        <source>Saved as the new template &quot;%1&quot;.</source>
        <translation>已另存为新模板“%1”。</translation>
    </message>
    <message>
        <source>Saved as version %1; version %2 stays as it was for the reviews scored on it.</source>
        <translation>已保存为版本 %1；版本 %2 保持不变，供按其评分的质检记录使用。</translation>
    </message>
    <message>
        <source>Saved version %1.</source>
        <translation>已保存版本 %1。</translation>
    </message>
    <message numerus="yes">
        <source>In use by %n review(s) — saving creates version %1.</source>
        <translation>
            <numerusform>已被 %n 条质检记录使用 — 保存将创建版本 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>In use by a calibration session — saving creates version %1.</source>
        <translation>已被校准会话使用 — 保存将创建版本 %1。</translation>
    </message>
    <message>
        <source>Not used by any review yet — saving changes version %1 in place.</source>
        <translation>尚未被任何质检记录使用 — 保存将直接修改版本 %1。</translation>
    </message>
    <message>
        <source>Scorecard templates[*]</source>
        <translation>评分卡模板[*]</translation>
    </message>
    <message>
        <source>Scorecard templates — %1, version %2[*]</source>
        <translation>评分卡模板 — %1，版本 %2[*]</translation>
    </message>
</context>
<context>
    <name>TemplateNodeForm</name>
    <message>
        <source>Pick a section or criterion in the tree to edit it.</source>
        <translation>在左侧树中选择一个分组或评分项进行编辑。</translation>
    </message>
    <message>
        <source>Chinese title:</source>
        <translation>中文名称：</translation>
    </message>
    <message>
        <source>English title:</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>分值：</translation>
    </message>
    <message>
        <source>Stays the same across versions, so results for one criterion compare over time.</source>
        <translation>各版本间保持不变，以便同一评分项的结果可跨时间比较。</translation>
    </message>
    <message>
        <source>Pass / fail</source>
        <translation>合格 / 不合格</translation>
    </message>
    <message>
        <source>1 to 5</source>
        <translation>1 到 5 分</translation>
    </message>
    <message>
        <source>0 to N</source>
        <translation>0 到 N 分</translation>
    </message>
    <message>
        <source>Reviewers may answer N/A</source>
        <translation>质检员可选择“不适用”</translation>
    </message>
    <message>
        <source>Leaves the possible total</source>
        <translation>不计入应得总分</translation>
    </message>
    <message>
        <source>Counts as a pass</source>
        <translation>视为合格</translation>
    </message>
    <message>
        <source>Not critical</source>
        <translation>非致命项</translation>
    </message>
    <message>
        <source>Failing it zeroes its section</source>
        <translation>不合格时所在分组记 0 分</translation>
    </message>
    <message>
        <source>Failing it zeroes the whole review</source>
        <translation>不合格时整单记 0 分</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>标识：</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>评分方式：</translation>
    </message>
    <message>
        <source>Highest value (N):</source>
        <translation>最高分（N）：</translation>
    </message>
    <message>
        <source>An N/A answer:</source>
        <translation>选择“不适用”时：</translation>
    </message>
    <message>
        <source>Critical:</source>
        <translation>致命项：</translation>
    </message>
    <message>
        <source>Guidance (Chinese):</source>
        <translation>评分说明（中文）：</translation>
    </message>
    <message>
        <source>Guidance (English):</source>
        <translation>评分说明（英文）：</translation>
    </message>
    <message>
        <source>Edit section title</source>
        <translation>编辑分组名称</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>编辑名称</translation>
    </message>
    <message>
        <source>Edit key</source>
        <translation>编辑标识</translation>
    </message>
    <message>
        <source>Change points</source>
        <translation>修改分值</translation>
    </message>
    <message>
        <source>Change scale</source>
        <translation>修改评分方式</translation>
    </message>
    <message>
        <source>Change highest value</source>
        <translation>修改最高分</translation>
    </message>
    <message>
        <source>Allow N/A</source>
        <translation>允许“不适用”</translation>
    </message>
    <message>
        <source>Disallow N/A</source>
        <translation>不允许“不适用”</translation>
    </message>
    <message>
        <source>Change N/A policy</source>
        <translation>修改“不适用”规则</translation>
    </message>
    <message>
        <source>Change critical level</source>
        <translation>修改致命级别</translation>
    </message>
    <message>
        <source>Edit guidance</source>
        <translation>编辑评分说明</translation>
    </message>
    <message>
        <source>%1 of the template&apos;s %2 points, the sum of its criteria.</source>
        <translation>%1 分（模板共 %2 分），为其评分项分值之和。</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria worth %1 points in all; ready to save.</source>
        <translation>
            <numerusform>共 %n 个评分项，总计 %1 分；可以保存。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateTreePane</name>
    <message>
        <source>Section / criterion</source>
        <translation>分组 / 评分项</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>添加分组</translation>
    </message>
    <message>
        <source>Adds a section after the current one.</source>
        <translation>在当前分组之后添加一个分组。</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>添加评分项</translation>
    </message>
    <message>
        <source>Adds a criterion to the current section.</source>
        <translation>向当前分组添加一个评分项。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Removes the current section or criterion (undo brings it back).</source>
        <translation>删除当前分组或评分项（撤销可恢复）。</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Renames the current section or criterion in the tree (F2).</source>
        <translation>在树中重命名当前分组或评分项（F2）。</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Moves it up within its section.</source>
        <translation>在所在分组内上移。</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Moves it down within its section.</source>
        <translation>在所在分组内下移。</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>致命项</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>删除评分项</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>删除分组</translation>
    </message>
    <message>
        <source>Move criterion up</source>
        <translation>上移评分项</translation>
    </message>
    <message>
        <source>Move criterion down</source>
        <translation>下移评分项</translation>
    </message>
    <message>
        <source>Move section up</source>
        <translation>上移分组</translation>
    </message>
    <message>
        <source>Move section down</source>
        <translation>下移分组</translation>
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
    <message>
        <source>%1 %2:00–%3:00</source>
        <translation>%1 %2:00–%3:00</translation>
    </message>
    <message>
        <source>Only tickets created in this hour of the week (%1 time). Click to remove.</source>
        <translation>仅显示在每周这一小时内创建的工单（%1 时间）。点击可移除。</translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation>满意度 %1</translation>
    </message>
    <message>
        <source>Only tickets whose satisfaction survey gave this score. Click to remove.</source>
        <translation>仅显示满意度评价为此分数的工单。点击可移除。</translation>
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
    <name>TranscriptLegend</name>
    <message>
        <source>&lt;span style=&quot;background: #ffecb3;&quot;&gt;&amp;nbsp;⚠&amp;nbsp;&lt;/span&gt; Highlighted: replies after the customer waited over %1 s, the auto-QA customer-wait limit.</source>
        <translation>&lt;span style=&quot;background: #ffecb3;&quot;&gt;&amp;nbsp;⚠&amp;nbsp;&lt;/span&gt; 高亮：客户等待超过 %1 秒（自动质检的客户等待上限）后的回复。</translation>
    </message>
    <message>
        <source>The same limit raises the auto-QA flag “long customer wait”; change it in QA → Auto-QA rules…</source>
        <translation>自动质检标记“客户等待过久”使用同一上限；可在 质检 → 自动质检规则… 中修改。</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <source>The customer waited %1 for this reply.</source>
        <translation>客户为这条回复等待了 %1。</translation>
    </message>
    <message>
        <source>forbidden phrase</source>
        <translation>服务禁语</translation>
    </message>
    <message>
        <source>long customer wait</source>
        <translation>客户等待过久</translation>
    </message>
    <message>
        <source>missing greeting</source>
        <translation>缺少开场问候</translation>
    </message>
    <message>
        <source>missing closing</source>
        <translation>缺少结束语</translation>
    </message>
    <message>
        <source>Forbidden phrase “%1”</source>
        <translation>服务禁语“%1”</translation>
    </message>
    <message>
        <source>Long customer wait: %1</source>
        <translation>客户等待过久：%1</translation>
    </message>
    <message>
        <source>No greeting in the agent&apos;s first message</source>
        <translation>客服的第一条消息中没有问候语</translation>
    </message>
    <message>
        <source>No closing in the agent&apos;s last message</source>
        <translation>客服的最后一条消息中没有结束语</translation>
    </message>
    <message>
        <source>Auto-QA: %1</source>
        <translation>自动质检：%1</translation>
    </message>
    <message>
        <source>⚠ customer waited %1 (auto-QA limit %2 s)</source>
        <translation>⚠ 客户等待了 %1（自动质检上限 %2 秒）</translation>
    </message>
</context>
<context>
    <name>TrendsPanel</name>
    <message>
        <source>Center</source>
        <translation>全中心</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Volume by type</source>
        <translation>按工单类型统计量</translation>
    </message>
    <message>
        <source>Volume by platform</source>
        <translation>按平台统计量</translation>
    </message>
    <message>
        <source>Volume by channel</source>
        <translation>按渠道统计量</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>KPI:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>KPI trend</source>
        <translation>指标趋势</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>工单量</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Weekday × hour</source>
        <translation>星期 × 小时</translation>
    </message>
    <message>
        <source>Before / after</source>
        <translation>优化前后对比</translation>
    </message>
    <message>
        <source>Could not read the trends: %1</source>
        <translation>无法读取趋势：%1</translation>
    </message>
    <message>
        <source>Target line</source>
        <translation>目标线</translation>
    </message>
    <message>
        <source>The target the subject is scored against: the agent&apos;s or team&apos;s own, else the ranking profile&apos;s</source>
        <translation>考核该对象所用的目标：客服或团队自己的目标，否则取排名考核方案中的目标</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <source>No target set for %1</source>
        <translation>未设定%1的目标</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
</context>
<context>
    <name>ValidatePage</name>
    <message>
        <source>Check every row</source>
        <translation>逐行检查</translation>
    </message>
    <message>
        <source>Every row is read and checked as if it were imported; the store is not changed yet.</source>
        <translation>按实际导入的方式读取并检查每一行；此时尚不会改动数据库。</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>Import &amp;nothing</source>
        <translation>不导入任何数据(&amp;N)</translation>
    </message>
    <message>
        <source>Import the good rows</source>
        <translation>导入正确的行</translation>
    </message>
    <message>
        <source>Checking… %1 rows read</source>
        <translation>正在检查… 已读取 %1 行</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>无法检查该文件：%1</translation>
    </message>
    <message>
        <source>Checked in %1 s.</source>
        <translation>检查完成，用时 %1 秒。</translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>所有行都可以导入。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected row(s) will be written to %1 for correction.</source>
        <translation>
            <numerusform>被拒绝的 %Ln 行将写入 %1，以便修正。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) cannot be imported.</source>
        <translation>
            <numerusform>有 %Ln 行无法导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table shows the first %Ln issue(s).</source>
        <translation>
            <numerusform>表中显示前 %Ln 个问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %Ln good row(s)</source>
        <translation>
            <numerusform>导入正确的 %Ln 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValueMapDialog</name>
    <message>
        <source>Values of “%1”</source>
        <translation>“%1”的值映射</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <source>TeamLens value</source>
        <translation>TeamLens 中的值</translation>
    </message>
    <message>
        <source>Keep as is</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>The preview rows have no values in this column.</source>
        <translation>预览的行中，此列没有任何值。</translation>
    </message>
    <message>
        <source>Values seen in the first rows of the file:</source>
        <translation>文件前几行中出现的值：</translation>
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
    <name>VolumeChart</name>
    <message>
        <source>tickets</source>
        <translation>工单</translation>
    </message>
</context>
<context>
    <name>WeightProfile</name>
    <message>
        <source>A weight profile needs a name.</source>
        <translation>考核方案需要名称。</translation>
    </message>
    <message>
        <source>The weight profile &quot;%1&quot; has no KPI.</source>
        <translation>考核方案“%1”没有任何指标。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KPI of the catalogue.</source>
        <translation>“%1”不是指标目录中的指标。</translation>
    </message>
    <message>
        <source>The KPI %1 appears twice in the weight profile.</source>
        <translation>指标 %1 在考核方案中出现了两次。</translation>
    </message>
    <message>
        <source>The weight of %1 must be more than 0 and at most 100.</source>
        <translation>%1 的权重必须大于 0 且不超过 100。</translation>
    </message>
    <message>
        <source>The target of %1 must be more than 0.</source>
        <translation>%1 的目标值必须大于 0。</translation>
    </message>
    <message>
        <source>The cap of %1 must be at least 100%.</source>
        <translation>%1 的封顶值至少为 100%。</translation>
    </message>
    <message>
        <source>The band table of %1 is empty.</source>
        <translation>%1 的分档表为空。</translation>
    </message>
    <message>
        <source>Band points of %1 must be between 0 and 100.</source>
        <translation>%1 的分档得分必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>The weights add up to %1, not 100.</source>
        <translation>权重合计为 %1，而不是 100。</translation>
    </message>
    <message>
        <source>A band table is not a JSON list: %1</source>
        <translation>分档表不是 JSON 列表：%1</translation>
    </message>
</context>
<context>
    <name>WeightProfileDialog</name>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Weight profile</source>
        <translation>考核方案</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>General (every platform)</source>
        <translation>通用（全部平台）</translation>
    </message>
    <message>
        <source>&amp;Platform variant:</source>
        <translation>平台方案(&amp;P)：</translation>
    </message>
    <message>
        <source>Edits version %1; saving creates a new version.</source>
        <translation>编辑版本 %1；保存会创建新版本。</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>尚未保存。</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>计分方式</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>封顶</translation>
    </message>
    <message>
        <source>The profile&apos;s own target; team standards and agent overrides take precedence.</source>
        <translation>方案自身的目标；小组标准和客服个人目标优先。</translation>
    </message>
    <message>
        <source>Capped attainment: doing better than target earns at most this share of 100 points.</source>
        <translation>封顶达成率：超过目标时最多可得 100 分的这一比例。</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>移除指标</translation>
    </message>
    <message>
        <source>An actual at or better than a threshold earns its points (the best band that applies); below every threshold earns 0.</source>
        <translation>实际值达到或优于某个阈值即得该档分数（取适用的最高档）；低于所有阈值得 0 分。</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Add band</source>
        <translation>添加档位</translation>
    </message>
    <message>
        <source>Remove band</source>
        <translation>移除档位</translation>
    </message>
    <message>
        <source>Use for what-if</source>
        <translation>用于模拟</translation>
    </message>
    <message>
        <source>Re-rank the table with this profile; save it from the what-if panel.</source>
        <translation>用此方案重新排名表格；请在模拟面板中保存。</translation>
    </message>
    <message>
        <source>Capped attainment</source>
        <translation>封顶达成率</translation>
    </message>
    <message>
        <source>Band table</source>
        <translation>分档表</translation>
    </message>
    <message>
        <source>Band table of %1</source>
        <translation>%1 的分档表</translation>
    </message>
    <message>
        <source>Total weight: %1%</source>
        <translation>权重合计：%1%</translation>
    </message>
    <message>
        <source>The profile is valid and can be saved as a new version.</source>
        <translation>方案有效，可保存为新版本。</translation>
    </message>
</context>
<context>
    <name>WeightProfileRepository</name>
    <message>
        <source>Weight profile version %1 does not exist in this store.</source>
        <translation>该数据库中不存在考核方案版本 %1。</translation>
    </message>
    <message>
        <source>Weight profile %1 has an unknown scoring method &quot;%2&quot;.</source>
        <translation>考核方案 %1 中有未知的计分方法“%2”。</translation>
    </message>
    <message>
        <source>There is no weight profile named &quot;%1&quot;; this store has: %2.</source>
        <translation>没有名为“%1”的考核方案；该数据库中有：%2。</translation>
    </message>
</context>
<context>
    <name>WhatIfWeightsPanel</name>
    <message>
        <source>%1 v%2 (all platforms)</source>
        <translation>%1 v%2（全部平台）</translation>
    </message>
    <message>
        <source>%1 v%2 (%3)</source>
        <translation>%1 v%2（%3）</translation>
    </message>
    <message>
        <source>&lt;b&gt;What-if weights&lt;/b&gt;</source>
        <translation>&lt;b&gt;模拟权重&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The profile version to edit: the general one or a platform variant.</source>
        <translation>要编辑的方案版本：通用方案或某个平台的方案。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Back to the stored profile.</source>
        <translation>恢复为已保存的方案。</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>编辑方案…</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>保存为新版本</translation>
    </message>
    <message>
        <source>Waiting for the ranking…</source>
        <translation>正在等待排名…</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>%1 的权重</translation>
    </message>
    <message>
        <source>&lt;b&gt;What-if weights&lt;/b&gt; · %1</source>
        <translation>&lt;b&gt;模拟权重&lt;/b&gt; · %1</translation>
    </message>
    <message>
        <source>Total weight: %1% (must be 100 to save)</source>
        <translation>权重合计：%1%（须为 100 才能保存）</translation>
    </message>
    <message>
        <source>&lt;b&gt;What-if, not saved&lt;/b&gt;: the table ranks under these weights.</source>
        <translation>&lt;b&gt;模拟，未保存&lt;/b&gt;：表格按这些权重排名。</translation>
    </message>
    <message>
        <source>The stored profile ranks the table.</source>
        <translation>表格按已保存的方案排名。</translation>
    </message>
    <message>
        <source>Version %1 is locked: a closed period used it. Saving creates a new version.</source>
        <translation>版本 %1 已锁定：已月结的周期使用了它。保存会创建新版本。</translation>
    </message>
    <message>
        <source>A new platform variant ranks the table once it is saved and the period is computed again.</source>
        <translation>新的平台方案在保存并重新计算该周期后才参与排名。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>Saved as new version: %1.</source>
        <translation>已保存为新版本：%1。</translation>
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
