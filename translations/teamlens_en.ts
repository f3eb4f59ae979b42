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
    <name>AgentDrillDownDialog</name>
    <message>
        <source>%1 — KPIs over time</source>
        <translation>%1 — KPIs over time</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>&amp;KPI:</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Open &amp;tickets of %1</source>
        <translation>Open &amp;tickets of %1</translation>
    </message>
    <message>
        <source>Open t&amp;rends</source>
        <translation>Open t&amp;rends</translation>
    </message>
    <message>
        <source>Could not compute the KPIs: %1</source>
        <translation>Could not compute the KPIs: %1</translation>
    </message>
    <message>
        <source>Counting rules version %1. Click a point to open its tickets.</source>
        <translation>Counting rules version %1. Click a point to open its tickets.</translation>
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
        <translation>Value: %1</translation>
    </message>
    <message>
        <source>Sample size: %1</source>
        <translation>Sample size: %1</translation>
    </message>
    <message>
        <source>Too few samples to compare people by this figure.</source>
        <translation>Too few samples to compare people by this figure.</translation>
    </message>
    <message>
        <source>Compared with the team: %1</source>
        <translation>Compared with the team: %1</translation>
    </message>
    <message>
        <source>Counting rules: version %1</source>
        <translation>Counting rules: version %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>N%1</source>
        <comment>rank in the onboarding cohort</comment>
        <translation>N%1</translation>
    </message>
    <message numerus="yes">
        <source>Not ranked: %n ticket(s) handled, under the minimum volume.</source>
        <translation>
            <numerusform>Not ranked: %n ticket handled, under the minimum volume.</numerusform>
            <numerusform>Not ranked: %n tickets handled, under the minimum volume.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ranked: no KPI had enough samples to score.</source>
        <translation>Not ranked: no KPI had enough samples to score.</translation>
    </message>
    <message>
        <source>Rank among agents still in onboarding.</source>
        <translation>Rank among agents still in onboarding.</translation>
    </message>
    <message>
        <source>Rank across the center.</source>
        <translation>Rank across the center.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>Rank %1 in the previous period.</source>
        <translation>Rank %1 in the previous period.</translation>
    </message>
    <message>
        <source>* Some KPIs had too few samples: the composite is over the others, their weights scaled up to 100.</source>
        <translation>* Some KPIs had too few samples: the composite is over the others, their weights scaled up to 100.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>Composite</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <source>not employed in the period</source>
        <translation>not employed in the period</translation>
    </message>
    <message>
        <source>Not ranked: not employed for the whole period (hired after it began or left before it ended).</source>
        <translation>Not ranked: not employed for the whole period (hired after it began or left before it ended).</translation>
    </message>
    <message>
        <source>Rank among the team&apos;s agents still in onboarding.</source>
        <translation>Rank among the team&apos;s agents still in onboarding.</translation>
    </message>
    <message>
        <source>Rank within the team (%1).</source>
        <translation>Rank within the team (%1).</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>%1 · not ranked: low volume</source>
        <translation>%1 · not ranked: low volume</translation>
    </message>
    <message>
        <source>%1 · not ranked: no score</source>
        <translation>%1 · not ranked: no score</translation>
    </message>
    <message>
        <source>Still in onboarding (recently hired): ranked apart from the regular agents.</source>
        <translation>Still in onboarding (recently hired): ranked apart from the regular agents.</translation>
    </message>
    <message>
        <source>Score: %1 (weight %2%)</source>
        <translation>Score: %1 (weight %2%)</translation>
    </message>
    <message>
        <source>No score (weight %1%): too few samples; the other KPIs carry its weight.</source>
        <translation>No score (weight %1%): too few samples; the other KPIs carry its weight.</translation>
    </message>
    <message>
        <source>What-if weights, not saved.</source>
        <translation>What-if weights, not saved.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a KPI&apos;s value · its score</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Team rank</source>
        <translation>Team rank</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
</context>
<context>
    <name>AgentsKpiPanel</name>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Could not compute the KPIs: %1</source>
        <translation>Could not compute the KPIs: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), %1, counting rules version %2</source>
        <translation>
            <numerusform>%n row(s), %1, counting rules version %2</numerusform>
            <numerusform>%n row(s), %1, counting rules version %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank &amp;within:</source>
        <translation>Rank &amp;within:</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Center</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>What-if weights</source>
        <translation>What-if weights</translation>
    </message>
    <message>
        <source>Try other KPI weights: the table re-ranks at once; nothing is saved until you save a new profile version.</source>
        <translation>Try other KPI weights: the table re-ranks at once; nothing is saved until you save a new profile version.</translation>
    </message>
    <message>
        <source>No ranking for this query.</source>
        <translation>No ranking for this query.</translation>
    </message>
</context>
<context>
    <name>AutoQa</name>
    <message>
        <source>The customer waited %1 s (limit %2 s).</source>
        <translation>The customer waited %1 s (limit %2 s).</translation>
    </message>
</context>
<context>
    <name>AutoQaSettings</name>
    <message>
        <source>The auto-QA settings are not valid JSON: %1.</source>
        <translation>The auto-QA settings are not valid JSON: %1.</translation>
    </message>
    <message>
        <source>The customer wait threshold must be more than 0 seconds.</source>
        <translation>The customer wait threshold must be more than 0 seconds.</translation>
    </message>
</context>
<context>
    <name>AutoQaSettingsDialog</name>
    <message>
        <source>Auto-QA rules</source>
        <translation>Auto-QA rules</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>One phrase per line. Phrases match regardless of case; an English phrase matches whole words only.</source>
        <translation>One phrase per line. Phrases match regardless of case; an English phrase matches whole words only.</translation>
    </message>
    <message>
        <source>Forbidden phrases (禁用语), never from an agent:</source>
        <translation>Forbidden phrases (禁用语), never from an agent:</translation>
    </message>
    <message>
        <source>Greeting phrases, expected in the agent&apos;s first message:</source>
        <translation>Greeting phrases, expected in the agent&apos;s first message:</translation>
    </message>
    <message>
        <source>Closing phrases, expected in the agent&apos;s last message:</source>
        <translation>Closing phrases, expected in the agent&apos;s last message:</translation>
    </message>
    <message>
        <source>Flag a customer waiting longer than:</source>
        <translation>Flag a customer waiting longer than:</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Restore &amp;defaults</translation>
    </message>
    <message>
        <source>&amp;Run check now</source>
        <translation>&amp;Run check now</translation>
    </message>
    <message>
        <source>Runs the saved rules over every conversation and updates the flags.</source>
        <translation>Runs the saved rules over every conversation and updates the flags.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The auto-QA settings could not be read: %1</source>
        <translation>The auto-QA settings could not be read: %1</translation>
    </message>
    <message>
        <source>The stored flags are out of date with these rules; run the check.</source>
        <translation>The stored flags are out of date with these rules; run the check.</translation>
    </message>
    <message>
        <source>The stored flags are up to date with these rules.</source>
        <translation>The stored flags are up to date with these rules.</translation>
    </message>
    <message>
        <source>Defaults restored; save to use them.</source>
        <translation>Defaults restored; save to use them.</translation>
    </message>
    <message>
        <source>The auto-QA settings could not be saved: %1</source>
        <translation>The auto-QA settings could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved. The stored flags are now out of date; run the check to update them.</source>
        <translation>Saved. The stored flags are now out of date; run the check to update them.</translation>
    </message>
    <message>
        <source>Saved. The stored flags are up to date with these rules.</source>
        <translation>Saved. The stored flags are up to date with these rules.</translation>
    </message>
    <message>
        <source>Checking every conversation…</source>
        <translation>Checking every conversation…</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>The check failed: %1</translation>
    </message>
    <message>
        <source>Checked %1 conversations in %2 s: %3 flags, %4 conversations changed.</source>
        <translation>Checked %1 conversations in %2 s: %3 flags, %4 conversations changed.</translation>
    </message>
    <message>
        <source>The stored flags predate the recording of their rules (this store was upgraded from an older TeamLens), so they may not match these rules. The next full check records the rules.</source>
        <translation>The stored flags predate the recording of their rules (this store was upgraded from an older TeamLens), so they may not match these rules. The next full check records the rules.</translation>
    </message>
    <message>
        <source>Saved. The stored flags predate the recording of their rules (this store was upgraded from an older TeamLens); run the check to update them and record the rules.</source>
        <translation>Saved. The stored flags predate the recording of their rules (this store was upgraded from an older TeamLens); run the check to update them and record the rules.</translation>
    </message>
</context>
<context>
    <name>BeforeAfterView</name>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>Change made on:</source>
        <translation>Change made on:</translation>
    </message>
    <message>
        <source>Window on each side:</source>
        <translation>Window on each side:</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>More than noise?</source>
        <translation>More than noise?</translation>
    </message>
    <message>
        <source>Rates are tested with a pooled two-proportion z-test (two-sided, 5 % level); overlapping 95 % intervals alone would miss real changes. Times and means are not tested.</source>
        <translation>Rates are tested with a pooled two-proportion z-test (two-sided, 5 % level); overlapping 95 % intervals alone would miss real changes. Times and means are not tested.</translation>
    </message>
    <message>
        <source>Could not compare: %1</source>
        <translation>Could not compare: %1</translation>
    </message>
    <message>
        <source>Before: %1    After: %2    Counting rules version %3</source>
        <translation>Before: %1    After: %2    Counting rules version %3</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 pp</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>not tested</translation>
    </message>
    <message>
        <source>yes (z = %1)</source>
        <translation>yes (z = %1)</translation>
    </message>
    <message>
        <source>no (z = %1)</source>
        <translation>no (z = %1)</translation>
    </message>
    <message numerus="yes">
        <source>The after window reaches into the last %n day(s): its newest tickets have had less time to be resolved or reopened, so resolution, first-contact and reopen figures there are still settling.</source>
        <translation>
            <numerusform>The after window reaches into the last day: its newest tickets have had less time to be resolved or reopened, so resolution, first-contact and reopen figures there are still settling.</numerusform>
            <numerusform>The after window reaches into the last %n days: its newest tickets have had less time to be resolved or reopened, so resolution, first-contact and reopen figures there are still settling.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalibrationComparisonPanel</name>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Not unanimous</source>
        <translation>Not unanimous</translation>
    </message>
    <message>
        <source>Mean spread (points of 100)</source>
        <translation>Mean spread (points of 100)</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Compared answers</source>
        <translation>Compared answers</translation>
    </message>
    <message>
        <source>Deviation from reference</source>
        <translation>Deviation from reference</translation>
    </message>
    <message>
        <source>Leniency (mean signed difference)</source>
        <translation>Leniency (mean signed difference)</translation>
    </message>
    <message>
        <source>Calibration scores never count in agents&apos; QA scores. Differences are in points of 100 per criterion; a positive leniency means the reviewer scores above the reference, a negative one below it.</source>
        <translation>Calibration scores never count in agents&apos; QA scores. Differences are in points of 100 per criterion; a positive leniency means the reviewer scores above the reference, a negative one below it.</translation>
    </message>
    <message>
        <source>Disagreement per criterion, worst first:</source>
        <translation>Disagreement per criterion, worst first:</translation>
    </message>
    <message>
        <source>Reviewers against the reference:</source>
        <translation>Reviewers against the reference:</translation>
    </message>
    <message>
        <source>α is undefined: too few submitted scores, or no variation at all to compare.</source>
        <translation>α is undefined: too few submitted scores, or no variation at all to compare.</translation>
    </message>
    <message>
        <source>Good agreement: the reviewers apply the scorecard consistently.</source>
        <translation>Good agreement: the reviewers apply the scorecard consistently.</translation>
    </message>
    <message>
        <source>Tentative agreement: usable with care; discuss the criteria at the top of the list.</source>
        <translation>Tentative agreement: usable with care; discuss the criteria at the top of the list.</translation>
    </message>
    <message>
        <source>Poor agreement: the reviewers read the scorecard differently; recalibrate before relying on their scores.</source>
        <translation>Poor agreement: the reviewers read the scorecard differently; recalibrate before relying on their scores.</translation>
    </message>
    <message>
        <source>Comparison of %1</source>
        <translation>Comparison of %1</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α (interval): %1</source>
        <translation>Krippendorff&apos;s α (interval): %1</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>User %1</translation>
    </message>
    <message>
        <source>no reference</source>
        <translation>no reference</translation>
    </message>
    <message>
        <source>in line</source>
        <translation>in line</translation>
    </message>
    <message>
        <source>lenient</source>
        <translation>lenient</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>severe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CalibrationScoringPanel</name>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Save reference</source>
        <translation>Save reference</translation>
    </message>
    <message>
        <source>Loading the session…</source>
        <translation>Loading the session…</translation>
    </message>
    <message>
        <source>Select a conversation.</source>
        <translation>Select a conversation.</translation>
    </message>
    <message>
        <source>You have no drafts in this session.</source>
        <translation>You have no drafts in this session.</translation>
    </message>
    <message>
        <source>This session is closed; its scores can no longer change.</source>
        <translation>This session is closed; its scores can no longer change.</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>reference set</source>
        <translation>reference set</translation>
    </message>
    <message>
        <source>no reference yet</source>
        <translation>no reference yet</translation>
    </message>
    <message>
        <source>Conversation %1 · %2</source>
        <translation>Conversation %1 · %2</translation>
    </message>
    <message>
        <source>Loading conversation %1…</source>
        <translation>Loading conversation %1…</translation>
    </message>
    <message>
        <source>Conversation %1 · your blind score</source>
        <translation>Conversation %1 · your blind score</translation>
    </message>
    <message>
        <source>Conversation %1 · reference answers</source>
        <translation>Conversation %1 · reference answers</translation>
    </message>
    <message numerus="yes">
        <source>Cannot submit: %n criterion(s) unanswered: %1.</source>
        <translation>
            <numerusform>Cannot submit: %n criterion unanswered: %1.</numerusform>
            <numerusform>Cannot submit: %n criteria unanswered: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Reference saved.</source>
        <translation>Reference saved.</translation>
    </message>
    <message>
        <source>Submitted. The other reviewers&apos; scores stay hidden until the session is closed.</source>
        <translation>Submitted. The other reviewers&apos; scores stay hidden until the session is closed.</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>Draft saved at %1.</translation>
    </message>
</context>
<context>
    <name>CalibrationSessionDialog</name>
    <message>
        <source>New calibration session</source>
        <translation>New calibration session</translation>
    </message>
    <message>
        <source>e.g. March refunds calibration</source>
        <translation>e.g. March refunds calibration</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Scorecard:</source>
        <translation>&amp;Scorecard:</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <source>Ticket number or words in the chat</source>
        <translation>Ticket number or words in the chat</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Conversations to score (tick them):</source>
        <translation>Conversations to score (tick them):</translation>
    </message>
    <message>
        <source>Reviewers (at least two):</source>
        <translation>Reviewers (at least two):</translation>
    </message>
    <message>
        <source>&amp;Create session</source>
        <translation>&amp;Create session</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 · ticket %4</source>
        <translation>#%1 · %2 · %3 · ticket %4</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n conversation(s); narrow the filter to see others.</source>
        <translation>
            <numerusform>Showing the newest %n conversation; narrow the filter to see others.</numerusform>
            <numerusform>Showing the newest %n conversations; narrow the filter to see others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) found.</source>
        <translation>
            <numerusform>%n conversation found.</numerusform>
            <numerusform>%n conversations found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the session…</source>
        <translation>Creating the session…</translation>
    </message>
</context>
<context>
    <name>CalibrationWindow</name>
    <message>
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Reviewers</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <source>&amp;Score my drafts</source>
        <translation>&amp;Score my drafts</translation>
    </message>
    <message>
        <source>Set &amp;references</source>
        <translation>Set &amp;references</translation>
    </message>
    <message>
        <source>&amp;Close session</source>
        <translation>&amp;Close session</translation>
    </message>
    <message>
        <source>Ends the blind phase: everyone&apos;s scores become visible and drafts are frozen.</source>
        <translation>Ends the blind phase: everyone&apos;s scores become visible and drafts are frozen.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>open (blind)</source>
        <translation>open (blind)</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>closed %1</translation>
    </message>
    <message>
        <source>No calibration sessions yet. Start one with &quot;New session…&quot;.</source>
        <translation>No calibration sessions yet. Start one with &quot;New session…&quot;.</translation>
    </message>
    <message>
        <source>Select a session, or start one with &quot;New session…&quot;.</source>
        <translation>Select a session, or start one with &quot;New session…&quot;.</translation>
    </message>
    <message>
        <source>This session is open and blind: each reviewer sees only their own scores. The comparison appears when its creator or a QA lead closes it.</source>
        <translation>This session is open and blind: each reviewer sees only their own scores. The comparison appears when its creator or a QA lead closes it.</translation>
    </message>
    <message>
        <source>Session created: each reviewer now has a blind draft per conversation.</source>
        <translation>Session created: each reviewer now has a blind draft per conversation.</translation>
    </message>
    <message>
        <source>You (%1) are not a reviewer in this store, so you have no drafts to score.</source>
        <translation>You (%1) are not a reviewer in this store, so you have no drafts to score.</translation>
    </message>
    <message>
        <source>Session closed: the scores are no longer blind.</source>
        <translation>Session closed: the scores are no longer blind.</translation>
    </message>
    <message>
        <source>Loading the comparison…</source>
        <translation>Loading the comparison…</translation>
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
    <message>
        <source>--db FILE is required.</source>
        <translation>--db FILE is required.</translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>Tickets, agents, conversations or survey answers exported from a helpdesk or a platform: CSV, TSV or XLSX.</source>
        <translation>Tickets, agents, conversations or survey answers exported from a helpdesk or a platform: CSV, TSV or XLSX.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>The next page shows the first rows and picks a saved profile whose columns match the file. Nothing is written to the store before the last page.</source>
        <translation>The next page shows the first rows and picks a saved profile whose columns match the file. Nothing is written to the store before the last page.</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>Import file</translation>
    </message>
    <message>
        <source>Import files (*.csv *.tsv *.txt *.xlsx);;CSV files (*.csv);;TSV files (*.tsv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Import files (*.csv *.tsv *.txt *.xlsx);;CSV files (*.csv);;TSV files (*.tsv *.txt);;Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>CliStore</name>
    <message>
        <source>teamlens %1: the store %2 does not exist.</source>
        <translation>teamlens %1: the store %2 does not exist.</translation>
    </message>
    <message>
        <source>Note: could not update the KPI aggregates after the last import: %1</source>
        <translation>Note: could not update the KPI aggregates after the last import: %1</translation>
    </message>
    <message numerus="yes">
        <source>Updated the KPI aggregates for %n import change(s).</source>
        <translation>
            <numerusform>Updated the KPI aggregates for %n import change.</numerusform>
            <numerusform>Updated the KPI aggregates for %n import changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosePeriodCommand</name>
    <message>
        <source>close a month (freeze its KPIs, scores and ranking), reopen it with a reason, or compare</source>
        <translation>close a month (freeze its KPIs, scores and ranking), reopen it with a reason, or compare</translation>
    </message>
    <message>
        <source>Closes a month (月结): its KPIs, scores, composites and ranks are frozen as a snapshot with the weight profile and counting-rule versions, and later data corrections no longer change what &quot;teamlens ranking&quot; prints for it. --reopen undoes a close (a --reason is required and kept in the audit log); --compare lists where a recomputation now differs from the snapshot (CSV: agent_id, agent, field, snapshot, current).
Exit codes: 0 done (for --compare: no difference), 1 refused or failed (for --compare: differences found), 2 wrong arguments.</source>
        <translation>Closes a month (月结): its KPIs, scores, composites and ranks are frozen as a snapshot with the weight profile and counting-rule versions, and later data corrections no longer change what &quot;teamlens ranking&quot; prints for it. --reopen undoes a close (a --reason is required and kept in the audit log); --compare lists where a recomputation now differs from the snapshot (CSV: agent_id, agent, field, snapshot, current).
Exit codes: 0 done (for --compare: no difference), 1 refused or failed (for --compare: differences found), 2 wrong arguments.</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>The store file.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>A calendar month.</source>
        <translation>A calendar month.</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>The weight profile to close with (default: the store&apos;s).</source>
        <translation>The weight profile to close with (default: the store&apos;s).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Reopen the closed month.</source>
        <translation>Reopen the closed month.</translation>
    </message>
    <message>
        <source>Why the month is reopened.</source>
        <translation>Why the month is reopened.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Compare the closed month with a recomputation.</source>
        <translation>Compare the closed month with a recomputation.</translation>
    </message>
    <message>
        <source>teamlens close-period: %1</source>
        <translation>teamlens close-period: %1</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db FILE is required.</translation>
    </message>
    <message>
        <source>--period YYYY-MM is required.</source>
        <translation>--period YYYY-MM is required.</translation>
    </message>
    <message>
        <source>--reopen and --compare cannot be combined.</source>
        <translation>--reopen and --compare cannot be combined.</translation>
    </message>
    <message>
        <source>--reopen needs --reason TEXT; the reason is kept in the audit log.</source>
        <translation>--reopen needs --reason TEXT; the reason is kept in the audit log.</translation>
    </message>
    <message>
        <source>--reason goes with --reopen.</source>
        <translation>--reason goes with --reopen.</translation>
    </message>
    <message>
        <source>--profile applies only when closing.</source>
        <translation>--profile applies only when closing.</translation>
    </message>
    <message>
        <source>Reopened %1.</source>
        <translation>Reopened %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from the snapshot.</source>
        <translation>
            <numerusform>%n difference from the snapshot.</numerusform>
            <numerusform>%n differences from the snapshot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed %1: %n agent(s) frozen under %2, counting rules v%3.</source>
        <translation>
            <numerusform>Closed %1: %n agent frozen under %2, counting rules v%3.</numerusform>
            <numerusform>Closed %1: %n agents frozen under %2, counting rules v%3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoachingDialog</name>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>&amp;Coach:</source>
        <translation>&amp;Coach:</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Held on:</translation>
    </message>
    <message>
        <source>Tick the reviews this session discussed.</source>
        <translation>Tick the reviews this session discussed.</translation>
    </message>
    <message>
        <source>&amp;Reviews discussed:</source>
        <translation>&amp;Reviews discussed:</translation>
    </message>
    <message>
        <source>What the agent and the coach agreed</source>
        <translation>What the agent and the coach agreed</translation>
    </message>
    <message>
        <source>A&amp;greed:</source>
        <translation>A&amp;greed:</translation>
    </message>
    <message>
        <source>KPI &amp;target</source>
        <translation>KPI &amp;target</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>&amp;KPI:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>&amp;Save session</translation>
    </message>
    <message>
        <source>Sessions with this agent</source>
        <translation>Sessions with this agent</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Could not read the agents: %1</source>
        <translation>Could not read the agents: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Due %1, now %2</source>
        <translation>Due %1, now %2</translation>
    </message>
    <message>
        <source>Due %1, no data yet</source>
        <translation>Due %1, no data yet</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation>Met: %1</translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>Missed: %1</translation>
    </message>
    <message>
        <source>No data by %1</source>
        <translation>No data by %1</translation>
    </message>
    <message>
        <source> (n = %1, insufficient)</source>
        <translation> (n = %1, insufficient)</translation>
    </message>
    <message>
        <source> (n = %1)</source>
        <translation> (n = %1)</translation>
    </message>
    <message>
        <source>Could not read the agent&apos;s coaching: %1</source>
        <translation>Could not read the agent&apos;s coaching: %1</translation>
    </message>
    <message>
        <source>%1 · conversation %2 · score %3</source>
        <translation>%1 · conversation %2 · score %3</translation>
    </message>
    <message>
        <source>No submitted reviews of this agent yet.</source>
        <translation>No submitted reviews of this agent yet.</translation>
    </message>
    <message>
        <source>%1 %2 %3 by %4</source>
        <translation>%1 %2 %3 by %4</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Choose the agent first.</source>
        <translation>Choose the agent first.</translation>
    </message>
    <message>
        <source>Enter the coach&apos;s name.</source>
        <translation>Enter the coach&apos;s name.</translation>
    </message>
    <message>
        <source>The target is due before the session was held.</source>
        <translation>The target is due before the session was held.</translation>
    </message>
    <message>
        <source>Write what was agreed, link a review or set a target.</source>
        <translation>Write what was agreed, link a review or set a target.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Could not save the session: %1</source>
        <translation>Could not save the session: %1</translation>
    </message>
</context>
<context>
    <name>CommandArguments</name>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>teamlens %1: %2</source>
        <translation>teamlens %1: %2</translation>
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
    <name>CsatDistributionChart</name>
    <message>
        <source>Surveys</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <source>surveys</source>
        <translation>surveys</translation>
    </message>
    <message>
        <source>%1 ★ (%2%)</source>
        <translation>%1 ★ (%2%)</translation>
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
    <name>DateTimeFormat</name>
    <message>
        <source>empty pattern</source>
        <translation>empty pattern</translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation>unterminated quote</translation>
    </message>
    <message>
        <source>“%1” is not a format token; put literal text in single quotes</source>
        <translation>“%1” is not a format token; put literal text in single quotes</translation>
    </message>
    <message>
        <source>“%1” is not a format token</source>
        <translation>“%1” is not a format token</translation>
    </message>
    <message>
        <source>“%1” appears twice</source>
        <translation>“%1” appears twice</translation>
    </message>
    <message>
        <source>a pattern needs a year, a month and a day</source>
        <translation>a pattern needs a year, a month and a day</translation>
    </message>
    <message>
        <source>both H and h</source>
        <translation>both H and h</translation>
    </message>
    <message>
        <source>h (1–12) and AP go together</source>
        <translation>h (1–12) and AP go together</translation>
    </message>
</context>
<context>
    <name>DemoDataCommand</name>
    <message>
        <source>generate a realistic demo store</source>
        <translation>generate a realistic demo store</translation>
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
    <message>
        <source>--out FILE is required.</source>
        <translation>--out FILE is required.</translation>
    </message>
    <message>
        <source>Generates a realistic, deterministic demo store into FILE: teams, agents, tickets, conversations and a week of QA reviews with disputes and a calibration session.
The same seed, options and end date always give the same data. The store is written to FILE.partial and renamed to FILE only when complete.
Exit codes: 0 success, 1 failure, 2 wrong arguments.</source>
        <translation>Generates a realistic, deterministic demo store into FILE: teams, agents, tickets, conversations and a week of QA reviews with disputes and a calibration session.
The same seed, options and end date always give the same data. The store is written to FILE.partial and renamed to FILE only when complete.
Exit codes: 0 success, 1 failure, 2 wrong arguments.</translation>
    </message>
    <message>
        <source>QA reviews: %1 submitted, %2 still to do (disputes: %3)</source>
        <translation>QA reviews: %1 submitted, %2 still to do (disputes: %3)</translation>
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
    <message>
        <source>Adds generated teams, agents, tickets, conversations and a week of QA reviews to the open store. The same seed and options give the same data.</source>
        <translation>Adds generated teams, agents, tickets, conversations and a week of QA reviews to the open store. The same seed and options give the same data.</translation>
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
    <name>DisputeDecideDialog</name>
    <message>
        <source>Decide dispute %1</source>
        <translation>Decide dispute %1</translation>
    </message>
    <message>
        <source>Review #%1 · %2 · disputed: %3 · reason: %4&lt;br&gt;&lt;i&gt;%5&lt;/i&gt;</source>
        <translation>Review #%1 · %2 · disputed: %3 · reason: %4&lt;br&gt;&lt;i&gt;%5&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>&amp;Partially accept</source>
        <translation>&amp;Partially accept</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Why — the agent reads this.</source>
        <translation>Why — the agent reads this.</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Decide</translation>
    </message>
    <message>
        <source>Decision (required):</source>
        <translation>Decision (required):</translation>
    </message>
    <message>
        <source>Score: %1 → %2</source>
        <translation>Score: %1 → %2</translation>
    </message>
    <message>
        <source>Write the decision first; the agent reads it.</source>
        <translation>Write the decision first; the agent reads it.</translation>
    </message>
    <message>
        <source>Accepting changes the score: change the disputed answer first, or reject.</source>
        <translation>Accepting changes the score: change the disputed answer first, or reject.</translation>
    </message>
    <message>
        <source>Saving the decision…</source>
        <translation>Saving the decision…</translation>
    </message>
</context>
<context>
    <name>DisputeRaiseDialog</name>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fail</translation>
    </message>
    <message>
        <source>Raise dispute</source>
        <translation>Raise dispute</translation>
    </message>
    <message>
        <source>What is wrong with the score, and where in the conversation it shows.</source>
        <translation>What is wrong with the score, and where in the conversation it shows.</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Review:</translation>
    </message>
    <message>
        <source>Disputed:</source>
        <translation>Disputed:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>&amp;Raise dispute</source>
        <translation>&amp;Raise dispute</translation>
    </message>
    <message>
        <source>Loading the reviews open to dispute…</source>
        <translation>Loading the reviews open to dispute…</translation>
    </message>
    <message>
        <source>The reviews could not be read: %1</source>
        <translation>The reviews could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>No submitted review is inside its %n-day dispute window.</source>
        <translation>
            <numerusform>No submitted review is inside its %n-day dispute window.</numerusform>
            <numerusform>No submitted review is inside its %n-day dispute window.</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 · %2 · conversation %3 · score %4 · %5</source>
        <translation>#%1 · %2 · conversation %3 · score %4 · %5</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) after submission)</source>
        <translation>
            <numerusform>%1 (%n day after submission)</numerusform>
            <numerusform>%1 (%n days after submission)</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole review</source>
        <translation>Whole review</translation>
    </message>
    <message>
        <source>%1 — scored %2</source>
        <translation>%1 — scored %2</translation>
    </message>
    <message>
        <source>Raising…</source>
        <translation>Raising…</translation>
    </message>
</context>
<context>
    <name>DisputeTableModel</name>
    <message>
        <source>Transcript misread</source>
        <translation>Transcript misread</translation>
    </message>
    <message>
        <source>Guidance unclear</source>
        <translation>Guidance unclear</translation>
    </message>
    <message>
        <source>Outside the agent&apos;s control</source>
        <translation>Outside the agent&apos;s control</translation>
    </message>
    <message>
        <source>Policy changed</source>
        <translation>Policy changed</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Partially accepted</source>
        <translation>Partially accepted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Whole review</source>
        <translation>Whole review</translation>
    </message>
    <message>
        <source>Open past its deadline: decide it.</source>
        <translation>Open past its deadline: decide it.</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Review · score</source>
        <translation>Review · score</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>DisputesWindow</name>
    <message>
        <source>QA disputes</source>
        <translation>QA disputes</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>Open disputes past their deadline.</source>
        <translation>Open disputes past their deadline.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>&amp;Raise dispute…</source>
        <translation>&amp;Raise dispute…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Decide…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>Takes back an open dispute you raised; the score stays as it is.</source>
        <translation>Takes back an open dispute you raised; the score stays as it is.</translation>
    </message>
    <message>
        <source>Select a dispute.</source>
        <translation>Select a dispute.</translation>
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
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Score before → after</source>
        <translation>Score before → after</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Score changes of the review (audit log)</source>
        <translation>Score changes of the review (audit log)</translation>
    </message>
    <message>
        <source>The disputes could not be read: %1</source>
        <translation>The disputes could not be read: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dispute %1&lt;/b&gt; on review #%2 (conversation %3, %4) · disputed: &lt;b&gt;%5&lt;/b&gt; · reason: %6 · raised by %7 on %8 · deadline %9 · &lt;b&gt;%10&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dispute %1&lt;/b&gt; on review #%2 (conversation %3, %4) · disputed: &lt;b&gt;%5&lt;/b&gt; · reason: %6 · raised by %7 on %8 · deadline %9 · &lt;b&gt;%10&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Decision by %1: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Decision by %1: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Dispute %1 raised.</source>
        <translation>Dispute %1 raised.</translation>
    </message>
    <message>
        <source>Dispute %1 decided.</source>
        <translation>Dispute %1 decided.</translation>
    </message>
    <message>
        <source>Dispute %1 withdrawn.</source>
        <translation>Dispute %1 withdrawn.</translation>
    </message>
</context>
<context>
    <name>FieldMappingTable</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Source column</source>
        <translation>Source column</translation>
    </message>
    <message>
        <source>Constant or default</source>
        <translation>Constant or default</translation>
    </message>
    <message>
        <source>Date formats</source>
        <translation>Date formats</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Values (%1)…</source>
        <translation>Values (%1)…</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— not imported —</translation>
    </message>
    <message>
        <source>— constant —</source>
        <translation>— constant —</translation>
    </message>
    <message>
        <source>%1 (not in this file)</source>
        <translation>%1 (not in this file)</translation>
    </message>
    <message>
        <source>e.g. dd/MM/yyyy HH:mm | iso</source>
        <translation>e.g. dd/MM/yyyy HH:mm | iso</translation>
    </message>
    <message>
        <source>Formats tried in order, separated by “|”. ISO 8601 is always tried last.</source>
        <translation>Formats tried in order, separated by “|”. ISO 8601 is always tried last.</translation>
    </message>
    <message>
        <source>Value for every row</source>
        <translation>Value for every row</translation>
    </message>
    <message>
        <source>Default for blank cells</source>
        <translation>Default for blank cells</translation>
    </message>
    <message>
        <source>Values…</source>
        <translation>Values…</translation>
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
    <name>ImportCommand</name>
    <message>
        <source>import tickets, agents, conversations or CSAT answers from CSV/TSV/XLSX</source>
        <translation>import tickets, agents, conversations or CSAT answers from CSV/TSV/XLSX</translation>
    </message>
    <message>
        <source>Imports SOURCE (CSV, TSV or XLSX) into the store with a saved profile or a mapping file.
Every row is validated. By default a file with bad rows is rejected as a whole; with --skip-bad-rows the good rows are imported. Bad rows are written to a reject file beside SOURCE. A batch commits whole or not at all; importing the same file again changes nothing.
Exit codes: 0 imported (or importable, for --dry-run), 1 rejected or failed, 2 wrong arguments.</source>
        <translation>Imports SOURCE (CSV, TSV or XLSX) into the store with a saved profile or a mapping file.
Every row is validated. By default a file with bad rows is rejected as a whole; with --skip-bad-rows the good rows are imported. Bad rows are written to a reject file beside SOURCE. A batch commits whole or not at all; importing the same file again changes nothing.
Exit codes: 0 imported (or importable, for --dry-run), 1 rejected or failed, 2 wrong arguments.</translation>
    </message>
    <message>
        <source>The store file (created if missing).</source>
        <translation>The store file (created if missing).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>A saved or built-in profile.</source>
        <translation>A saved or built-in profile.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A profile file (JSON).</source>
        <translation>A profile file (JSON).</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>FILE.json</translation>
    </message>
    <message>
        <source>Validate and count everything, change nothing.</source>
        <translation>Validate and count everything, change nothing.</translation>
    </message>
    <message>
        <source>Where to write rejected rows (default: beside SOURCE).</source>
        <translation>Where to write rejected rows (default: beside SOURCE).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Import the good rows of a file that has bad ones.</source>
        <translation>Import the good rows of a file that has bad ones.</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Print the summary as JSON.</translation>
    </message>
    <message>
        <source>Report progress on standard error while importing.</source>
        <translation>Report progress on standard error while importing.</translation>
    </message>
    <message>
        <source>Folder of saved profiles (default: the user&apos;s).</source>
        <translation>Folder of saved profiles (default: the user&apos;s).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>List the available profiles.</source>
        <translation>List the available profiles.</translation>
    </message>
    <message>
        <source>List the store&apos;s import batches.</source>
        <translation>List the store&apos;s import batches.</translation>
    </message>
    <message>
        <source>Undo an import batch.</source>
        <translation>Undo an import batch.</translation>
    </message>
    <message>
        <source>BATCH</source>
        <translation>BATCH</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>The file to import.</translation>
    </message>
    <message>
        <source>Usage: teamlens import --db FILE (--profile NAME | --mapping FILE.json) [--dry-run] [--reject-file PATH] [--skip-bad-rows] [--json] [--progress] SOURCE
       teamlens import --list-profiles
       teamlens import --db FILE --history | --undo BATCH</source>
        <translation>Usage: teamlens import --db FILE (--profile NAME | --mapping FILE.json) [--dry-run] [--reject-file PATH] [--skip-bad-rows] [--json] [--progress] SOURCE
       teamlens import --list-profiles
       teamlens import --db FILE --history | --undo BATCH</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>built-in</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>saved</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>unreadable: %1</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db FILE is required.</translation>
    </message>
    <message>
        <source>give exactly one of --profile NAME and --mapping FILE.json.</source>
        <translation>give exactly one of --profile NAME and --mapping FILE.json.</translation>
    </message>
    <message>
        <source>give exactly one SOURCE file.</source>
        <translation>give exactly one SOURCE file.</translation>
    </message>
    <message>
        <source>--undo needs a batch number (see --history).</source>
        <translation>--undo needs a batch number (see --history).</translation>
    </message>
    <message>
        <source>Batch %1 was undone.</source>
        <translation>Batch %1 was undone.</translation>
    </message>
    <message>
        <source>teamlens import: %1 does not exist or is not a file.</source>
        <translation>teamlens import: %1 does not exist or is not a file.</translation>
    </message>
    <message>
        <source>%1% read, %2 rows</source>
        <translation>%1% read, %2 rows</translation>
    </message>
    <message>
        <source>Import of %1 failed; the store is unchanged.</source>
        <translation>Import of %1 failed; the store is unchanged.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was rejected: %n row(s) are bad, so nothing was imported. Fix them, or use --skip-bad-rows.</source>
        <translation>
            <numerusform>%1 was rejected: %n row is bad, so nothing was imported. Fix it, or use --skip-bad-rows.</numerusform>
            <numerusform>%1 was rejected: %n rows are bad, so nothing was imported. Fix them, or use --skip-bad-rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run of %1 with profile %2: nothing was changed.</source>
        <translation>Dry run of %1 with profile %2: nothing was changed.</translation>
    </message>
    <message>
        <source>Imported %1 with profile %2 as batch %3 in %4 s.</source>
        <translation>Imported %1 with profile %2 as batch %3 in %4 s.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>skipped by filter</source>
        <translation>skipped by filter</translation>
    </message>
    <message>
        <source>agents created</source>
        <translation>agents created</translation>
    </message>
    <message>
        <source>teams created</source>
        <translation>teams created</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>conversations</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>messages</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Reasons:</translation>
    </message>
    <message>
        <source>Rejected rows, with their reasons: %1</source>
        <translation>Rejected rows, with their reasons: %1</translation>
    </message>
</context>
<context>
    <name>ImportCountsView</name>
    <message>
        <source>Rows read:</source>
        <translation>Rows read:</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>New:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Updated:</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Unchanged:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rejected:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Skipped:</translation>
    </message>
    <message>
        <source>Agents created:</source>
        <translation>Agents created:</translation>
    </message>
    <message>
        <source>Teams created:</source>
        <translation>Teams created:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>ImportFieldCatalog</name>
    <message>
        <source>Ticket id</source>
        <translation>Ticket id</translation>
    </message>
    <message>
        <source>The ticket&apos;s id in the source system; the key for re-imports</source>
        <translation>The ticket&apos;s id in the source system; the key for re-imports</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>taobao, jd, pdd, douyin or own</source>
        <translation>taobao, jd, pdd, douyin or own</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>chat, phone, email, social or form</source>
        <translation>chat, phone, email, social or form</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Ticket type</translation>
    </message>
    <message>
        <source>consultation, complaint, return, exchange, repair, refund or logistics</source>
        <translation>consultation, complaint, return, exchange, repair, refund or logistics</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>The underlying problem: product, service, logistics or other</source>
        <translation>The underlying problem: product, service, logistics or other</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>new, open, pending, escalated, resolved or closed</source>
        <translation>new, open, pending, escalated, resolved or closed</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>low, normal, high or urgent</source>
        <translation>low, normal, high or urgent</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>L1, L2 or L3</source>
        <translation>L1, L2 or L3</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>The name of the agent who handled the ticket</source>
        <translation>The name of the agent who handled the ticket</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>The team that handled the ticket</source>
        <translation>The team that handled the ticket</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Customer reference</translation>
    </message>
    <message>
        <source>A masked customer reference</source>
        <translation>A masked customer reference</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Order id</translation>
    </message>
    <message>
        <source>The order the ticket is about</source>
        <translation>The order the ticket is about</translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation>Order amount</translation>
    </message>
    <message>
        <source>Order value; converted to cents</source>
        <translation>Order value; converted to cents</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>Refund amount</translation>
    </message>
    <message>
        <source>Refunded value; converted to cents</source>
        <translation>Refunded value; converted to cents</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Created at</translation>
    </message>
    <message>
        <source>When the customer raised the ticket</source>
        <translation>When the customer raised the ticket</translation>
    </message>
    <message>
        <source>First response at</source>
        <translation>First response at</translation>
    </message>
    <message>
        <source>When an agent first answered</source>
        <translation>When an agent first answered</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>Resolved at</translation>
    </message>
    <message>
        <source>When the ticket was resolved</source>
        <translation>When the ticket was resolved</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <source>When the ticket was closed</source>
        <translation>When the ticket was closed</translation>
    </message>
    <message>
        <source>Reopen count</source>
        <translation>Reopen count</translation>
    </message>
    <message>
        <source>How often the ticket was reopened</source>
        <translation>How often the ticket was reopened</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Whether the ticket was escalated</source>
        <translation>Whether the ticket was escalated</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Handle time</translation>
    </message>
    <message>
        <source>Time the agent spent on the ticket</source>
        <translation>Time the agent spent on the ticket</translation>
    </message>
    <message>
        <source>CSAT score</source>
        <translation>CSAT score</translation>
    </message>
    <message>
        <source>Survey answer, 1 to 5</source>
        <translation>Survey answer, 1 to 5</translation>
    </message>
    <message>
        <source>CSAT answered at</source>
        <translation>CSAT answered at</translation>
    </message>
    <message>
        <source>When the survey was answered</source>
        <translation>When the survey was answered</translation>
    </message>
    <message>
        <source>CSAT comment</source>
        <translation>CSAT comment</translation>
    </message>
    <message>
        <source>The customer&apos;s remark in the survey</source>
        <translation>The customer&apos;s remark in the survey</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>A pre-sales consultation about buying</source>
        <translation>A pre-sales consultation about buying</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <source>The inquiry led to a payment</source>
        <translation>The inquiry led to a payment</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Free tags, comma-separated</source>
        <translation>Free tags, comma-separated</translation>
    </message>
    <message>
        <source>Complaint about agent</source>
        <translation>Complaint about agent</translation>
    </message>
    <message>
        <source>For complaints: the agent the complaint names</source>
        <translation>For complaints: the agent the complaint names</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>Agent id</translation>
    </message>
    <message>
        <source>The agent&apos;s id in the source; defaults to the agent name</source>
        <translation>The agent&apos;s id in the source; defaults to the agent name</translation>
    </message>
    <message>
        <source>Agent&apos;s supervisor</source>
        <translation>Agent&apos;s supervisor</translation>
    </message>
    <message>
        <source>Builds the team structure</source>
        <translation>Builds the team structure</translation>
    </message>
    <message>
        <source>Agent&apos;s manager</source>
        <translation>Agent&apos;s manager</translation>
    </message>
    <message>
        <source>Agent&apos;s department</source>
        <translation>Agent&apos;s department</translation>
    </message>
    <message>
        <source>Department code; empty = customer service</source>
        <translation>Department code; empty = customer service</translation>
    </message>
    <message>
        <source>Agent&apos;s tier</source>
        <translation>Agent&apos;s tier</translation>
    </message>
    <message>
        <source>Agent&apos;s shift</source>
        <translation>Agent&apos;s shift</translation>
    </message>
    <message>
        <source>morning, afternoon, evening, night or split</source>
        <translation>morning, afternoon, evening, night or split</translation>
    </message>
    <message>
        <source>Agent&apos;s hire date</source>
        <translation>Agent&apos;s hire date</translation>
    </message>
    <message>
        <source>The agent&apos;s first day</source>
        <translation>The agent&apos;s first day</translation>
    </message>
    <message>
        <source>Agent&apos;s tenure bucket</source>
        <translation>Agent&apos;s tenure bucket</translation>
    </message>
    <message>
        <source>The source&apos;s tenure label, kept as written</source>
        <translation>The source&apos;s tenure label, kept as written</translation>
    </message>
    <message>
        <source>Agent&apos;s tenure in days</source>
        <translation>Agent&apos;s tenure in days</translation>
    </message>
    <message>
        <source>Lower bound of the tenure; estimates the hire date</source>
        <translation>Lower bound of the tenure; estimates the hire date</translation>
    </message>
    <message>
        <source>Agent&apos;s platform account</source>
        <translation>Agent&apos;s platform account</translation>
    </message>
    <message>
        <source>The agent&apos;s account (子账号) on the ticket&apos;s platform</source>
        <translation>The agent&apos;s account (子账号) on the ticket&apos;s platform</translation>
    </message>
    <message>
        <source>The agent&apos;s id in the source; defaults to the name</source>
        <translation>The agent&apos;s id in the source; defaults to the name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The agent&apos;s name</source>
        <translation>The agent&apos;s name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>The agent&apos;s English name</source>
        <translation>The agent&apos;s English name</translation>
    </message>
    <message>
        <source>Team name; created when missing</source>
        <translation>Team name; created when missing</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Hire date</translation>
    </message>
    <message>
        <source>Tenure bucket</source>
        <translation>Tenure bucket</translation>
    </message>
    <message>
        <source>Tenure in days</source>
        <translation>Tenure in days</translation>
    </message>
    <message>
        <source>active or left</source>
        <translation>active or left</translation>
    </message>
    <message>
        <source>Left date</source>
        <translation>Left date</translation>
    </message>
    <message>
        <source>The agent&apos;s last day</source>
        <translation>The agent&apos;s last day</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Another agent&apos;s name</source>
        <translation>Another agent&apos;s name</translation>
    </message>
    <message>
        <source>Taobao account</source>
        <translation>Taobao account</translation>
    </message>
    <message>
        <source>The agent&apos;s Taobao sub-account</source>
        <translation>The agent&apos;s Taobao sub-account</translation>
    </message>
    <message>
        <source>JD account</source>
        <translation>JD account</translation>
    </message>
    <message>
        <source>The agent&apos;s JD sub-account</source>
        <translation>The agent&apos;s JD sub-account</translation>
    </message>
    <message>
        <source>PDD account</source>
        <translation>PDD account</translation>
    </message>
    <message>
        <source>The agent&apos;s PDD sub-account</source>
        <translation>The agent&apos;s PDD sub-account</translation>
    </message>
    <message>
        <source>Douyin account</source>
        <translation>Douyin account</translation>
    </message>
    <message>
        <source>The agent&apos;s Douyin sub-account</source>
        <translation>The agent&apos;s Douyin sub-account</translation>
    </message>
    <message>
        <source>Own shop account</source>
        <translation>Own shop account</translation>
    </message>
    <message>
        <source>The agent&apos;s account in the own shop</source>
        <translation>The agent&apos;s account in the own shop</translation>
    </message>
    <message>
        <source>Conversation id</source>
        <translation>Conversation id</translation>
    </message>
    <message>
        <source>Groups the messages of one conversation</source>
        <translation>Groups the messages of one conversation</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Message id</translation>
    </message>
    <message>
        <source>Reply chains: this message&apos;s id</source>
        <translation>Reply chains: this message&apos;s id</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>In reply to</translation>
    </message>
    <message>
        <source>Reply chains: the id of the message this one answers</source>
        <translation>Reply chains: the id of the message this one answers</translation>
    </message>
    <message>
        <source>Links the conversation to a ticket of the same source</source>
        <translation>Links the conversation to a ticket of the same source</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>customer, agent, bot or system</source>
        <translation>customer, agent, bot or system</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Sent at</translation>
    </message>
    <message>
        <source>When the message was sent</source>
        <translation>When the message was sent</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The message text</source>
        <translation>The message text</translation>
    </message>
    <message>
        <source>Ticket platform</source>
        <translation>Ticket platform</translation>
    </message>
    <message>
        <source>For conversations without a ticket link</source>
        <translation>For conversations without a ticket link</translation>
    </message>
    <message>
        <source>Ticket channel</source>
        <translation>Ticket channel</translation>
    </message>
    <message>
        <source>Ticket category</source>
        <translation>Ticket category</translation>
    </message>
    <message>
        <source>Ticket status</source>
        <translation>Ticket status</translation>
    </message>
    <message>
        <source>Ticket tier</source>
        <translation>Ticket tier</translation>
    </message>
    <message>
        <source>The ticket the survey answers</source>
        <translation>The ticket the survey answers</translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation>Answered at</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>The customer&apos;s remark</source>
        <translation>The customer&apos;s remark</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Import history</translation>
    </message>
    <message>
        <source>&amp;Undo batch…</source>
        <translation>&amp;Undo batch…</translation>
    </message>
    <message>
        <source>Nothing has been imported into this store yet.</source>
        <translation>Nothing has been imported into this store yet.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Undo import</translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of %1 from %2? The %Ln new ticket(s) are removed and updated tickets get their previous values back.</source>
        <translation>
            <numerusform>Undo the import of %1 from %2? The %Ln new ticket is removed and updated tickets get their previous values back.</numerusform>
            <numerusform>Undo the import of %1 from %2? The %Ln new tickets are removed and updated tickets get their previous values back.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import of %1 was undone.</source>
        <translation>The import of %1 was undone.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>undone</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation>Undone %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>ImportHistoryRepository</name>
    <message>
        <source>There is no import batch %1.</source>
        <translation>There is no import batch %1.</translation>
    </message>
    <message>
        <source>Import batch %1 was already undone on %2.</source>
        <translation>Import batch %1 was already undone on %2.</translation>
    </message>
    <message>
        <source>Import batch %1 was never committed (%2); there is nothing to undo.</source>
        <translation>Import batch %1 was never committed (%2); there is nothing to undo.</translation>
    </message>
    <message>
        <source>Import batch %1 cannot be undone: batch %2 of %3 changed rows it wrote. Undo batch %2 first.</source>
        <translation>Import batch %1 cannot be undone: batch %2 of %3 changed rows it wrote. Undo batch %2 first.</translation>
    </message>
    <message numerus="yes">
        <source>Import batch %1 cannot be undone: %n of its conversation(s) are in QA reviews, samples or calibration sessions, which keep the conversations they scored.</source>
        <translation>
            <numerusform>Import batch %1 cannot be undone: %n of its conversations is in QA reviews, samples or calibration sessions, which keep the conversations they scored.</numerusform>
            <numerusform>Import batch %1 cannot be undone: %n of its conversations are in QA reviews, samples or calibration sessions, which keep the conversations they scored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportIssueModel</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The rows are written in one batch: it is stored completely or not at all.</source>
        <translation>The rows are written in one batch: it is stored completely or not at all.</translation>
    </message>
    <message>
        <source>Importing… %1 rows read</source>
        <translation>Importing… %1 rows read</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>The batch was imported.</source>
        <translation>The batch was imported.</translation>
    </message>
    <message>
        <source>Rejected rows were written to %1.</source>
        <translation>Rejected rows were written to %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Nothing was imported: the import was cancelled and the store is unchanged.</source>
        <translation>Nothing was imported: the import was cancelled and the store is unchanged.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>Rejected.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln row(s) could not be imported.</source>
        <translation>
            <numerusform>Nothing was imported: %Ln row could not be imported.</numerusform>
            <numerusform>Nothing was imported: %Ln rows could not be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Failed.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
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
        <translation>unknown key</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>expected text</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>expected a list of texts</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>expected a column name or an object</source>
        <translation>expected a column name or an object</translation>
    </message>
    <message>
        <source>not a JSON document: %1 (at character %2)</source>
        <translation>not a JSON document: %1 (at character %2)</translation>
    </message>
    <message>
        <source>a profile must be a JSON object</source>
        <translation>a profile must be a JSON object</translation>
    </message>
    <message>
        <source>teamlens_import_profile: missing; this is not a TeamLens import profile</source>
        <translation>teamlens_import_profile: missing; this is not a TeamLens import profile</translation>
    </message>
    <message>
        <source>teamlens_import_profile: format version %1 is not supported (expected %2)</source>
        <translation>teamlens_import_profile: format version %1 is not supported (expected %2)</translation>
    </message>
    <message>
        <source>missing (tickets, agents, messages or csat)</source>
        <translation>missing (tickets, agents, messages or csat)</translation>
    </message>
    <message>
        <source>“%1” is not an import kind (expected tickets, agents, messages or csat)</source>
        <translation>“%1” is not an import kind (expected tickets, agents, messages or csat)</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>“%1” is not a policy (expected create or reject)</source>
        <translation>“%1” is not a policy (expected create or reject)</translation>
    </message>
    <message>
        <source>layouts only apply to messages imports</source>
        <translation>layouts only apply to messages imports</translation>
    </message>
    <message>
        <source>“%1” is not a layout (expected message_per_row, reply_chain or conversation_per_row)</source>
        <translation>“%1” is not a layout (expected message_per_row, reply_chain or conversation_per_row)</translation>
    </message>
    <message>
        <source>expected a column number</source>
        <translation>expected a column number</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>“%1” may only hold letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>“%1” may only hold letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</translation>
    </message>
    <message>
        <source>“%1” is not an IANA time zone (like Asia/Shanghai)</source>
        <translation>“%1” is not an IANA time zone (like Asia/Shanghai)</translation>
    </message>
    <message>
        <source>“%1” is not one character</source>
        <translation>“%1” is not one character</translation>
    </message>
    <message>
        <source>not a field of %1 imports</source>
        <translation>not a field of %1 imports</translation>
    </message>
    <message>
        <source>give exactly one of column, columns or value</source>
        <translation>give exactly one of column, columns or value</translation>
    </message>
    <message>
        <source>formats only apply to dates</source>
        <translation>formats only apply to dates</translation>
    </message>
    <message>
        <source>“%1” is not a date format: %2</source>
        <translation>“%1” is not a date format: %2</translation>
    </message>
    <message>
        <source>only applies to date and time fields</source>
        <translation>only applies to date and time fields</translation>
    </message>
    <message>
        <source>“%1” is not a money unit (expected units or cents)</source>
        <translation>“%1” is not a money unit (expected units or cents)</translation>
    </message>
    <message>
        <source>“%1” is not a duration unit (expected seconds, minutes, hours or hh:mm:ss)</source>
        <translation>“%1” is not a duration unit (expected seconds, minutes, hours or hh:mm:ss)</translation>
    </message>
    <message>
        <source>units only apply to money and durations</source>
        <translation>units only apply to money and durations</translation>
    </message>
    <message>
        <source>“%1” is not a transform (expected integer, join_cjk_spaces, lower or upper)</source>
        <translation>“%1” is not a transform (expected integer, join_cjk_spaces, lower or upper)</translation>
    </message>
    <message>
        <source>“%1” is not a code (expected %2)</source>
        <translation>“%1” is not a code (expected %2)</translation>
    </message>
    <message>
        <source>missing (the 1-based column of the first utterance)</source>
        <translation>missing (the 1-based column of the first utterance)</translation>
    </message>
    <message>
        <source>missing (for example customer, agent)</source>
        <translation>missing (for example customer, agent)</translation>
    </message>
    <message>
        <source>“%1” is not a speaker (expected customer, agent, bot or system)</source>
        <translation>“%1” is not a speaker (expected customer, agent, bot or system)</translation>
    </message>
    <message>
        <source>required, but not mapped</source>
        <translation>required, but not mapped</translation>
    </message>
</context>
<context>
    <name>ImportProfileLibrary</name>
    <message>
        <source>Cannot read the profile file %1: %2.</source>
        <translation>Cannot read the profile file %1: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to be an import profile.</source>
        <translation>%1 is too large to be an import profile.</translation>
    </message>
    <message>
        <source>%1 is not a valid import profile: %2</source>
        <translation>%1 is not a valid import profile: %2</translation>
    </message>
    <message>
        <source>“%1” is not a valid profile name (use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;).</source>
        <translation>“%1” is not a valid profile name (use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;).</translation>
    </message>
    <message>
        <source>There is no import profile named “%1”. Known profiles: %2.</source>
        <translation>There is no import profile named “%1”. Known profiles: %2.</translation>
    </message>
    <message>
        <source>The profile “%1” cannot be saved: %2</source>
        <translation>The profile “%1” cannot be saved: %2</translation>
    </message>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Cannot create the profile folder %1.</translation>
    </message>
    <message>
        <source>Cannot save the profile to %1: %2.</source>
        <translation>Cannot save the profile to %1: %2.</translation>
    </message>
    <message>
        <source>“%1” is built in and cannot be removed.</source>
        <translation>“%1” is built in and cannot be removed.</translation>
    </message>
    <message>
        <source>There is no saved profile named “%1”.</source>
        <translation>There is no saved profile named “%1”.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Cannot remove %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
</context>
<context>
    <name>ImportRunPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>The profile “%1” is not usable: %2</source>
        <translation>The profile “%1” is not usable: %2</translation>
    </message>
    <message>
        <source>%1 does not fit the profile “%2”: %3</source>
        <translation>%1 does not fit the profile “%2”: %3</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Reading %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>No import batch is open.</source>
        <translation>No import batch is open.</translation>
    </message>
    <message>
        <source>An import batch is already open on this connection.</source>
        <translation>An import batch is already open on this connection.</translation>
    </message>
    <message>
        <source>The ticket has no external id.</source>
        <translation>The ticket has no external id.</translation>
    </message>
    <message>
        <source>no ticket “%1” from %2 in the store</source>
        <translation>no ticket “%1” from %2 in the store</translation>
    </message>
</context>
<context>
    <name>ImportWriter::Private</name>
    <message>
        <source>the value of %1 breaks the store&apos;s rules</source>
        <translation>the value of %1 breaks the store&apos;s rules</translation>
    </message>
    <message>
        <source>unknown agent “%1”</source>
        <translation>unknown agent “%1”</translation>
    </message>
    <message>
        <source>unknown department “%1”</source>
        <translation>unknown department “%1”</translation>
    </message>
    <message>
        <source>the agent&apos;s %1 breaks the store&apos;s rules</source>
        <translation>the agent&apos;s %1 breaks the store&apos;s rules</translation>
    </message>
    <message>
        <source>The agent has no name.</source>
        <translation>The agent has no name.</translation>
    </message>
    <message>
        <source>“%1” is not a speaker the store knows</source>
        <translation>“%1” is not a speaker the store knows</translation>
    </message>
    <message>
        <source>The message has no conversation.</source>
        <translation>The message has no conversation.</translation>
    </message>
    <message>
        <source>No message of conversation “%1” has a time.</source>
        <translation>No message of conversation “%1” has a time.</translation>
    </message>
    <message>
        <source>no ticket “%1” from %2 in the store for conversation “%3”</source>
        <translation>no ticket “%1” from %2 in the store for conversation “%3”</translation>
    </message>
    <message>
        <source>the profile&apos;s default for %1 breaks the store&apos;s rules</source>
        <translation>the profile&apos;s default for %1 breaks the store&apos;s rules</translation>
    </message>
</context>
<context>
    <name>KpiAggregateBuilder</name>
    <message>
        <source>The days to rebuild are not a valid range.</source>
        <translation>The days to rebuild are not a valid range.</translation>
    </message>
    <message>
        <source>Could not start writing the KPI aggregates: %1</source>
        <translation>Could not start writing the KPI aggregates: %1</translation>
    </message>
    <message>
        <source>Could not save the KPI aggregates: %1</source>
        <translation>Could not save the KPI aggregates: %1</translation>
    </message>
</context>
<context>
    <name>KpiCatalogue</name>
    <message>
        <source>Handled volume</source>
        <translation>Handled volume</translation>
    </message>
    <message>
        <source>Tickets assigned to the agent created in the period</source>
        <translation>Tickets assigned to the agent created in the period</translation>
    </message>
    <message>
        <source>Per-capita volume</source>
        <translation>Per-capita volume</translation>
    </message>
    <message>
        <source>Handled ÷ agents active in the period</source>
        <translation>Handled ÷ agents active in the period</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>First response time</translation>
    </message>
    <message>
        <source>Service-hour seconds from created to first response, over answered tickets</source>
        <translation>Service-hour seconds from created to first response, over answered tickets</translation>
    </message>
    <message>
        <source>Response SLA</source>
        <translation>Response SLA</translation>
    </message>
    <message>
        <source>Share of tickets answered by their due time; unanswered and past due is missed, unanswered and not yet due is left out</source>
        <translation>Share of tickets answered by their due time; unanswered and past due is missed, unanswered and not yet due is left out</translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation>Resolution rate</translation>
    </message>
    <message>
        <source>Share of handled tickets resolved or closed</source>
        <translation>Share of handled tickets resolved or closed</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>Resolution time</translation>
    </message>
    <message>
        <source>Median seconds from created to resolved, over resolved tickets</source>
        <translation>Median seconds from created to resolved, over resolved tickets</translation>
    </message>
    <message>
        <source>First contact resolution</source>
        <translation>First contact resolution</translation>
    </message>
    <message>
        <source>Share of resolved tickets never reopened and never escalated</source>
        <translation>Share of resolved tickets never reopened and never escalated</translation>
    </message>
    <message>
        <source>Reopen rate</source>
        <translation>Reopen rate</translation>
    </message>
    <message>
        <source>Share of resolved tickets reopened at least once</source>
        <translation>Share of resolved tickets reopened at least once</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Share of answered surveys in the top box (4 or 5 of 5); also the mean score</source>
        <translation>Share of answered surveys in the top box (4 or 5 of 5); also the mean score</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>Complaint rate</translation>
    </message>
    <message>
        <source>Complaints made in the period attributed to the agent ÷ handled</source>
        <translation>Complaints made in the period attributed to the agent ÷ handled</translation>
    </message>
    <message>
        <source>Escalation rate</source>
        <translation>Escalation rate</translation>
    </message>
    <message>
        <source>Share of handled tickets escalated</source>
        <translation>Share of handled tickets escalated</translation>
    </message>
    <message>
        <source>Inquiry conversion</source>
        <translation>Inquiry conversion</translation>
    </message>
    <message>
        <source>Share of inquiries that converted to payment</source>
        <translation>Share of inquiries that converted to payment</translation>
    </message>
    <message>
        <source>Average handle time</source>
        <translation>Average handle time</translation>
    </message>
    <message>
        <source>Mean handle seconds</source>
        <translation>Mean handle seconds</translation>
    </message>
    <message>
        <source>QA score</source>
        <translation>QA score</translation>
    </message>
    <message>
        <source>Mean score of submitted QA reviews in the period</source>
        <translation>Mean score of submitted QA reviews in the period</translation>
    </message>
    <message>
        <source>Training completion</source>
        <translation>Training completion</translation>
    </message>
    <message>
        <source>Completed ÷ assigned required courses due in the period</source>
        <translation>Completed ÷ assigned required courses due in the period</translation>
    </message>
    <message>
        <source>Attrition</source>
        <translation>Attrition</translation>
    </message>
    <message>
        <source>Agents who left in the period ÷ average headcount</source>
        <translation>Agents who left in the period ÷ average headcount</translation>
    </message>
    <message>
        <source>Answer ratio</source>
        <translation>Answer ratio</translation>
    </message>
    <message>
        <source>Agent messages ÷ customer messages; auto-replies and bot messages are not agent messages</source>
        <translation>Agent messages ÷ customer messages; auto-replies and bot messages are not agent messages</translation>
    </message>
    <message>
        <source>Average reply time</source>
        <translation>Average reply time</translation>
    </message>
    <message>
        <source>Mean seconds a customer waited for an agent reply, over replies in sessions started inside the platform&apos;s service window</source>
        <translation>Mean seconds a customer waited for an agent reply, over replies in sessions started inside the platform&apos;s service window</translation>
    </message>
    <message>
        <source>Slow reception rate</source>
        <translation>Slow reception rate</translation>
    </message>
    <message>
        <source>Customer-days with the flagged number of slow replies ÷ customer-days received</source>
        <translation>Customer-days with the flagged number of slow replies ÷ customer-days received</translation>
    </message>
    <message>
        <source>Customers received</source>
        <translation>Customers received</translation>
    </message>
    <message>
        <source>Customer-days with at least one customer message</source>
        <translation>Customer-days with at least one customer message</translation>
    </message>
</context>
<context>
    <name>KpiCommand</name>
    <message>
        <source>compute the KPI catalogue for every agent, team, department or the center (CSV or JSON)</source>
        <translation>compute the KPI catalogue for every agent, team, department or the center (CSV or JSON)</translation>
    </message>
    <message>
        <source>Computes every KPI of the catalogue for a period: one row per agent (or team, department, the center), with sample sizes, 95% Wilson intervals for rates, each figure&apos;s status (ok, insufficient, not_applicable, not_available) and the counting-rule version used. Days are the team&apos;s time zone; --to is the last day included.
Exit codes: 0 computed, 1 the store could not be read, 2 wrong arguments.</source>
        <translation>Computes every KPI of the catalogue for a period: one row per agent (or team, department, the center), with sample sizes, 95% Wilson intervals for rates, each figure&apos;s status (ok, insufficient, not_applicable, not_available) and the counting-rule version used. Days are the team&apos;s time zone; --to is the last day included.
Exit codes: 0 computed, 1 the store could not be read, 2 wrong arguments.</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>The store file.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>A calendar month.</source>
        <translation>A calendar month.</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>The first day of a range.</source>
        <translation>The first day of a range.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The last day of a range (included).</source>
        <translation>The last day of a range (included).</translation>
    </message>
    <message>
        <source>One row per agent (default), team, department or center.</source>
        <translation>One row per agent (default), team, department or center.</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>SCOPE</translation>
    </message>
    <message>
        <source>Only tickets of this platform (%1).</source>
        <translation>Only tickets of this platform (%1).</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATFORM</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (default) or json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Count under this rule-set version instead of the active one.</source>
        <translation>Count under this rule-set version instead of the active one.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>Compute from the raw tickets instead of the daily aggregates.</source>
        <translation>Compute from the raw tickets instead of the daily aggregates.</translation>
    </message>
    <message>
        <source>Rebuild the daily KPI aggregates of the whole store first.</source>
        <translation>Rebuild the daily KPI aggregates of the whole store first.</translation>
    </message>
    <message>
        <source>teamlens kpi: %1</source>
        <translation>teamlens kpi: %1</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db FILE is required.</translation>
    </message>
    <message>
        <source>give either --period YYYY-MM or both --from and --to.</source>
        <translation>give either --period YYYY-MM or both --from and --to.</translation>
    </message>
    <message>
        <source>--from and --to go together.</source>
        <translation>--from and --to go together.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2.</source>
        <translation>--to %1 is before --from %2.</translation>
    </message>
    <message>
        <source>--by must be agent, team, department or center, not &quot;%1&quot;.</source>
        <translation>--by must be agent, team, department or center, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot;; use one of %2.</source>
        <translation>unknown platform &quot;%1&quot;; use one of %2.</translation>
    </message>
    <message>
        <source>--format must be csv or json, not &quot;%1&quot;.</source>
        <translation>--format must be csv or json, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--rule-set takes a version number, not &quot;%1&quot;.</source>
        <translation>--rule-set takes a version number, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>teamlens kpi: could not rebuild the KPI aggregates: %1</source>
        <translation>teamlens kpi: could not rebuild the KPI aggregates: %1</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt the KPI aggregates from %n ticket(s).</source>
        <translation>
            <numerusform>Rebuilt the KPI aggregates from %n ticket.</numerusform>
            <numerusform>Rebuilt the KPI aggregates from %n tickets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: computed from the raw tickets because %1; &quot;teamlens kpi --rebuild-aggregates&quot; makes this fast.</source>
        <translation>Note: computed from the raw tickets because %1; &quot;teamlens kpi --rebuild-aggregates&quot; makes this fast.</translation>
    </message>
    <message>
        <source>Note: computed from the raw tickets because %1.</source>
        <translation>Note: computed from the raw tickets because %1.</translation>
    </message>
</context>
<context>
    <name>KpiEngine</name>
    <message>
        <source>The period is not valid: its first day must not be after its last.</source>
        <translation>The period is not valid: its first day must not be after its last.</translation>
    </message>
    <message>
        <source>the KPI aggregates have not been built for this store</source>
        <translation>the KPI aggregates have not been built for this store</translation>
    </message>
    <message>
        <source>the KPI aggregates were built for the time zone %1, the team works in %2</source>
        <translation>the KPI aggregates were built for the time zone %1, the team works in %2</translation>
    </message>
    <message>
        <source>the KPI aggregates were built under rule set version %1, which counts differently from version %2</source>
        <translation>the KPI aggregates were built under rule set version %1, which counts differently from version %2</translation>
    </message>
    <message>
        <source>the KPI aggregates were built after the requested reference time</source>
        <translation>the KPI aggregates were built after the requested reference time</translation>
    </message>
    <message>
        <source>tickets of this period changed since the KPI aggregates were built (an import or its undo)</source>
        <translation>tickets of this period changed since the KPI aggregates were built (an import or its undo)</translation>
    </message>
    <message>
        <source>Cannot compute from the KPI aggregates: %1.</source>
        <translation>Cannot compute from the KPI aggregates: %1.</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Center</translation>
    </message>
    <message>
        <source>The periods of a trend must be valid, ascending and must not overlap.</source>
        <translation>The periods of a trend must be valid, ascending and must not overlap.</translation>
    </message>
    <message>
        <source>The QA reviews could not be read: %1</source>
        <translation>The QA reviews could not be read: %1</translation>
    </message>
</context>
<context>
    <name>KpiFigureCalculator</name>
    <message>
        <source>Defined for teams, not for one agent.</source>
        <translation>Defined for teams, not for one agent.</translation>
    </message>
    <message>
        <source>Not available: this store has no QA reviews yet (QA scorecards are not built).</source>
        <translation>Not available: this store has no QA reviews yet (QA scorecards are not built).</translation>
    </message>
    <message>
        <source>Not available: this store has no training records yet (onboarding is not built).</source>
        <translation>Not available: this store has no training records yet (onboarding is not built).</translation>
    </message>
    <message>
        <source>Not computed by this version of TeamLens.</source>
        <translation>Not computed by this version of TeamLens.</translation>
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
        <translation>insufficient (n = %1)</translation>
    </message>
    <message>
        <source>95% interval %1 – %2</source>
        <translation>95% interval %1 – %2</translation>
    </message>
    <message>
        <source>%1 (mean)</source>
        <translation>%1 (mean)</translation>
    </message>
    <message>
        <source>%1 (median)</source>
        <translation>%1 (median)</translation>
    </message>
    <message>
        <source>%1 (P90)</source>
        <translation>%1 (P90)</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
</context>
<context>
    <name>KpiJobs</name>
    <message>
        <source>Ranks are for all platforms together; clear the platform filter to see them.</source>
        <translation>Ranks are for all platforms together; clear the platform filter to see them.</translation>
    </message>
    <message>
        <source>No ranking: %1</source>
        <translation>No ranking: %1</translation>
    </message>
</context>
<context>
    <name>KpiPeriod</name>
    <message>
        <source>&quot;%1&quot; is not a month; write it as YYYY-MM, e.g. 2026-11.</source>
        <translation>&quot;%1&quot; is not a month; write it as YYYY-MM, e.g. 2026-11.</translation>
    </message>
</context>
<context>
    <name>KpiQueryBar</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Center</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>P&amp;latform:</source>
        <translation>P&amp;latform:</translation>
    </message>
</context>
<context>
    <name>KpiRuleSet</name>
    <message>
        <source>The KPI rule lists are not a JSON object: %1</source>
        <translation>The KPI rule lists are not a JSON object: %1</translation>
    </message>
    <message>
        <source>A satisfaction rule needs a source and a top-box score between 1 and 5.</source>
        <translation>A satisfaction rule needs a source and a top-box score between 1 and 5.</translation>
    </message>
    <message>
        <source>A service window names an unknown platform.</source>
        <translation>A service window names an unknown platform.</translation>
    </message>
    <message>
        <source>A holiday exemption needs valid from and to dates (YYYY-MM-DD).</source>
        <translation>A holiday exemption needs valid from and to dates (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The minimum sample sizes must be at least 1.</source>
        <translation>The minimum sample sizes must be at least 1.</translation>
    </message>
    <message>
        <source>The top-box score must be between 1 and 5.</source>
        <translation>The top-box score must be between 1 and 5.</translation>
    </message>
    <message>
        <source>The session gap, slow-response time and slow-response count must be positive.</source>
        <translation>The session gap, slow-response time and slow-response count must be positive.</translation>
    </message>
    <message>
        <source>The service window of %1 must start before it ends, within one day.</source>
        <translation>The service window of %1 must start before it ends, within one day.</translation>
    </message>
    <message>
        <source>The holiday exemption &quot;%1&quot; ends before it starts.</source>
        <translation>The holiday exemption &quot;%1&quot; ends before it starts.</translation>
    </message>
    <message>
        <source>The holiday exemption &quot;%1&quot; names an unknown KPI &quot;%2&quot;.</source>
        <translation>The holiday exemption &quot;%1&quot; names an unknown KPI &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The minimum review count must be a number.</source>
        <translation>The minimum review count must be a number.</translation>
    </message>
</context>
<context>
    <name>KpiRuleSetRepository</name>
    <message>
        <source>KPI rule set version %1 does not exist in this store.</source>
        <translation>KPI rule set version %1 does not exist in this store.</translation>
    </message>
    <message>
        <source>KPI rule set version %1 has computed results and cannot change; save the edit as a new version.</source>
        <translation>KPI rule set version %1 has computed results and cannot change; save the edit as a new version.</translation>
    </message>
</context>
<context>
    <name>KpiTicketCountReader</name>
    <message>
        <source>Could not count the tickets: %1</source>
        <translation>Could not count the tickets: %1</translation>
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
        <translation>minutes</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>tickets</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2, %n period(s)</source>
        <translation>
            <numerusform>%1 – %2, %n period</numerusform>
            <numerusform>%1 – %2, %n periods</numerusform>
        </translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>* only part of the month lies in the range</source>
        <translation>* only part of the month lies in the range</translation>
    </message>
    <message>
        <source>* only part of the week lies in the range</source>
        <translation>* only part of the week lies in the range</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>(%1 of the month&apos;s %2 days)</source>
        <translation>(%1 of the month&apos;s %2 days)</translation>
    </message>
    <message>
        <source>(%1 of the week&apos;s %2 days)</source>
        <translation>(%1 of the week&apos;s %2 days)</translation>
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
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Import &amp;history…</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Agents &amp;&amp; KPIs</source>
        <translation>Agents &amp;&amp; KPIs</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation>&amp;Tickets</translation>
    </message>
    <message>
        <source>&amp;Agents &amp;&amp; KPIs</source>
        <translation>&amp;Agents &amp;&amp; KPIs</translation>
    </message>
    <message>
        <source>T&amp;rends</source>
        <translation>T&amp;rends</translation>
    </message>
    <message>
        <source>&amp;KPIs</source>
        <translation>&amp;KPIs</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>&amp;Targets…</translation>
    </message>
    <message>
        <source>&amp;Close period…</source>
        <translation>&amp;Close period…</translation>
    </message>
    <message>
        <source>QA review</source>
        <translation>QA review</translation>
    </message>
    <message>
        <source>&amp;QA review</source>
        <translation>&amp;QA review</translation>
    </message>
    <message>
        <source>&amp;QA</source>
        <translation>&amp;QA</translation>
    </message>
    <message>
        <source>&amp;Draw sample…</source>
        <translation>&amp;Draw sample…</translation>
    </message>
    <message>
        <source>&amp;Auto-QA rules…</source>
        <translation>&amp;Auto-QA rules…</translation>
    </message>
    <message>
        <source>QA results</source>
        <translation>QA results</translation>
    </message>
    <message>
        <source>QA re&amp;sults</source>
        <translation>QA re&amp;sults</translation>
    </message>
    <message>
        <source>D&amp;isputes…</source>
        <translation>D&amp;isputes…</translation>
    </message>
    <message>
        <source>&amp;Calibration…</source>
        <translation>&amp;Calibration…</translation>
    </message>
    <message>
        <source>&amp;Scorecard templates…</source>
        <translation>&amp;Scorecard templates…</translation>
    </message>
    <message>
        <source>&amp;Coaching…</source>
        <translation>&amp;Coaching…</translation>
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
        <translation>Map columns to fields</translation>
    </message>
    <message>
        <source>Fields marked * are required. Map each to a column of the file or give a constant.</source>
        <translation>Fields marked * are required. Map each to a column of the file or give a constant.</translation>
    </message>
    <message>
        <source>e.g. taobao-helpdesk</source>
        <translation>e.g. taobao-helpdesk</translation>
    </message>
    <message>
        <source>Names the system the file comes from. A row is the same ticket when its source system and id match, so importing a file again changes nothing.</source>
        <translation>Names the system the file comes from. A row is the same ticket when its source system and id match, so importing a file again changes nothing.</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>The zone of the times written in the file.</source>
        <translation>The zone of the times written in the file.</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>Source &amp;system:</source>
        <translation>Source &amp;system:</translation>
    </message>
    <message>
        <source>Times are in &amp;zone:</source>
        <translation>Times are in &amp;zone:</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Import profile…</source>
        <translation>&amp;Import profile…</translation>
    </message>
    <message>
        <source>new, not saved (%1)</source>
        <translation>new, not saved (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The mapping is complete.</source>
        <translation>The mapping is complete.</translation>
    </message>
    <message>
        <source>The file has no column named %1.</source>
        <translation>The file has no column named %1.</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Export profile</translation>
    </message>
    <message>
        <source>Import profiles (*.json)</source>
        <translation>Import profiles (*.json)</translation>
    </message>
    <message>
        <source>The profile could not be written to %1: %2</source>
        <translation>The profile could not be written to %1: %2</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Import profile</translation>
    </message>
    <message>
        <source>Import profiles (*.json);;All files (*)</source>
        <translation>Import profiles (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>The profile “%1” was added to your profiles and is now in use.</source>
        <translation>The profile “%1” was added to your profiles and is now in use.</translation>
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
    <name>PeriodCloseDialog</name>
    <message>
        <source>Period close</source>
        <translation>Period close</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Weight profile</source>
        <translation>Weight profile</translation>
    </message>
    <message>
        <source>Counting rules</source>
        <translation>Counting rules</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Close month…</source>
        <translation>&amp;Close month…</translation>
    </message>
    <message>
        <source>Why the month is reopened (kept in the audit log)</source>
        <translation>Why the month is reopened (kept in the audit log)</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <source>Compare with &amp;recomputation</source>
        <translation>Compare with &amp;recomputation</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Recomputed</source>
        <translation>Recomputed</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>Close or reopen</source>
        <translation>Close or reopen</translation>
    </message>
    <message>
        <source>Weight profile:</source>
        <translation>Weight profile:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Snapshot against the current data</source>
        <translation>Snapshot against the current data</translation>
    </message>
    <message>
        <source>Closes of this month:</source>
        <translation>Closes of this month:</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Could not read the month&apos;s state.</source>
        <translation>Could not read the month&apos;s state.</translation>
    </message>
    <message>
        <source>%1 is closed: by %2 on %3, with %4 and counting rules v%5.</source>
        <translation>%1 is closed: by %2 on %3, with %4 and counting rules v%5.</translation>
    </message>
    <message>
        <source>%1 is open: reopened by %2 on %3 (&quot;%4&quot;).</source>
        <translation>%1 is open: reopened by %2 on %3 (&quot;%4&quot;).</translation>
    </message>
    <message>
        <source>%1 is open and has never been closed.</source>
        <translation>%1 is open and has never been closed.</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>(in force)</source>
        <translation>(in force)</translation>
    </message>
    <message>
        <source>The store&apos;s ranking profile</source>
        <translation>The store&apos;s ranking profile</translation>
    </message>
    <message>
        <source>Close month</source>
        <translation>Close month</translation>
    </message>
    <message>
        <source>Close %1 under %2? Its KPIs, scores and ranking are frozen as a snapshot that later data corrections do not change, and the weight profile versions used are locked. Reopening needs a reason and is audited.</source>
        <translation>Close %1 under %2? Its KPIs, scores and ranking are frozen as a snapshot that later data corrections do not change, and the weight profile versions used are locked. Reopening needs a reason and is audited.</translation>
    </message>
    <message>
        <source>Give a reason to reopen the month; it is kept in the audit log.</source>
        <translation>Give a reason to reopen the month; it is kept in the audit log.</translation>
    </message>
    <message>
        <source>Recomputing…</source>
        <translation>Recomputing…</translation>
    </message>
    <message>
        <source>Composite score</source>
        <translation>Composite score</translation>
    </message>
    <message>
        <source>Center rank</source>
        <translation>Center rank</translation>
    </message>
    <message>
        <source>Team rank</source>
        <translation>Team rank</translation>
    </message>
    <message>
        <source>In the ranking</source>
        <translation>In the ranking</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 pp</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>No differences: a recomputation with the snapshot&apos;s profile versions and counting rules gives the frozen result.</source>
        <translation>No differences: a recomputation with the snapshot&apos;s profile versions and counting rules gives the frozen result.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between the snapshot and a recomputation.</source>
        <translation>
            <numerusform>%n difference between the snapshot and a recomputation.</numerusform>
            <numerusform>%n differences between the snapshot and a recomputation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodCloser</name>
    <message>
        <source>The period %1 is already closed; reopen it first to close it again.</source>
        <translation>The period %1 is already closed; reopen it first to close it again.</translation>
    </message>
    <message>
        <source>Could not start writing the period close: %1</source>
        <translation>Could not start writing the period close: %1</translation>
    </message>
    <message>
        <source>Could not write the period close: %1</source>
        <translation>Could not write the period close: %1</translation>
    </message>
    <message>
        <source>Reopening a closed period needs a reason; it is kept in the audit log.</source>
        <translation>Reopening a closed period needs a reason; it is kept in the audit log.</translation>
    </message>
    <message>
        <source>The period %1 is not closed.</source>
        <translation>The period %1 is not closed.</translation>
    </message>
    <message>
        <source>The period %1 is not closed, so there is no snapshot to compare with.</source>
        <translation>The period %1 is not closed, so there is no snapshot to compare with.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>pipe</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>tickets</translation>
    </message>
    <message>
        <source>agents</source>
        <translation>agents</translation>
    </message>
    <message>
        <source>conversation messages</source>
        <translation>conversation messages</translation>
    </message>
    <message>
        <source>survey answers (CSAT)</source>
        <translation>survey answers (CSAT)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Check that the columns and characters look right, then choose how to map them.</source>
        <translation>Check that the columns and characters look right, then choose how to map them.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>encoding %1</source>
        <translation>encoding %1</translation>
    </message>
    <message>
        <source>separator: %1</source>
        <translation>separator: %1</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1. Showing the first %n row(s).</source>
        <translation>
            <numerusform>Read as %1. Showing the first %n row.</numerusform>
            <numerusform>Read as %1. Showing the first %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read this way: %1</source>
        <translation>The file cannot be read this way: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New mapping: %1</source>
        <translation>New mapping: %1</translation>
    </message>
    <message>
        <source>No saved profile matches these columns: choose one, or map them as a new profile.</source>
        <translation>No saved profile matches these columns: choose one, or map them as a new profile.</translation>
    </message>
    <message>
        <source>Using saved profile “%1”: its columns match this file.</source>
        <translation>Using saved profile “%1”: its columns match this file.</translation>
    </message>
    <message>
        <source>A new mapping of %1: map the columns on the next page.</source>
        <translation>A new mapping of %1: map the columns on the next page.</translation>
    </message>
    <message>
        <source>Using saved profile “%1” for %2.</source>
        <translation>Using saved profile “%1” for %2.</translation>
    </message>
    <message>
        <source>The profile cannot be used: %1</source>
        <translation>The profile cannot be used: %1</translation>
    </message>
    <message>
        <source>&amp;First row holds the column names</source>
        <translation>&amp;First row holds the column names</translation>
    </message>
</context>
<context>
    <name>QaCalibrationRepository</name>
    <message>
        <source>A calibration session needs a name.</source>
        <translation>A calibration session needs a name.</translation>
    </message>
    <message>
        <source>A calibration session needs at least one conversation.</source>
        <translation>A calibration session needs at least one conversation.</translation>
    </message>
    <message>
        <source>A calibration session needs at least two reviewers to compare.</source>
        <translation>A calibration session needs at least two reviewers to compare.</translation>
    </message>
    <message>
        <source>Conversation %1 has no agent to calibrate on.</source>
        <translation>Conversation %1 has no agent to calibrate on.</translation>
    </message>
    <message>
        <source>Reviewer %1 is not a user of this store.</source>
        <translation>Reviewer %1 is not a user of this store.</translation>
    </message>
    <message>
        <source>Reviewer %1 handled conversation %2 and cannot calibrate on it.</source>
        <translation>Reviewer %1 handled conversation %2 and cannot calibrate on it.</translation>
    </message>
    <message>
        <source>Calibration session %1 does not exist in this store.</source>
        <translation>Calibration session %1 does not exist in this store.</translation>
    </message>
    <message>
        <source>QA review %1 is not part of calibration session %2.</source>
        <translation>QA review %1 is not part of calibration session %2.</translation>
    </message>
    <message>
        <source>Calibration session %1 is blind until it is closed: only the reviewer sees this review.</source>
        <translation>Calibration session %1 is blind until it is closed: only the reviewer sees this review.</translation>
    </message>
    <message>
        <source>Conversation %1 is not part of calibration session %2.</source>
        <translation>Conversation %1 is not part of calibration session %2.</translation>
    </message>
    <message>
        <source>Calibration session %1 is already closed.</source>
        <translation>Calibration session %1 is already closed.</translation>
    </message>
    <message>
        <source>Calibration session %1 is still open; close it to compare the reviewers.</source>
        <translation>Calibration session %1 is still open; close it to compare the reviewers.</translation>
    </message>
    <message>
        <source>Only %1, who created calibration session %2, or a QA lead can set its reference answers.</source>
        <translation>Only %1, who created calibration session %2, or a QA lead can set its reference answers.</translation>
    </message>
    <message>
        <source>Calibration session %1 is closed; its reference answers can no longer change.</source>
        <translation>Calibration session %1 is closed; its reference answers can no longer change.</translation>
    </message>
    <message>
        <source>Only %1, who created calibration session %2, or a QA lead can close it.</source>
        <translation>Only %1, who created calibration session %2, or a QA lead can close it.</translation>
    </message>
</context>
<context>
    <name>QaCoachingRepository</name>
    <message>
        <source>A coaching session needs the coach&apos;s name.</source>
        <translation>A coaching session needs the coach&apos;s name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KPI of the catalogue.</source>
        <translation>&quot;%1&quot; is not a KPI of the catalogue.</translation>
    </message>
    <message>
        <source>A KPI target needs a value and a due date.</source>
        <translation>A KPI target needs a value and a due date.</translation>
    </message>
    <message>
        <source>A target value or due date needs the KPI it is for.</source>
        <translation>A target value or due date needs the KPI it is for.</translation>
    </message>
    <message>
        <source>QA review %1 does not exist in this store.</source>
        <translation>QA review %1 does not exist in this store.</translation>
    </message>
    <message>
        <source>QA review %1 is of another agent and cannot be part of this coaching.</source>
        <translation>QA review %1 is of another agent and cannot be part of this coaching.</translation>
    </message>
</context>
<context>
    <name>QaCommand</name>
    <message>
        <source>run auto-QA over every conversation, or draw a QA sample and explain it</source>
        <translation>run auto-QA over every conversation, or draw a QA sample and explain it</translation>
    </message>
    <message>
        <source>QA (质检) from the command line.
  auto-check  run the auto-QA rules over every conversation and update the stored flags
  sample      draw a QA sample of a period, assign it to reviewers and explain it
Run &quot;teamlens qa auto-check --help&quot; or &quot;teamlens qa sample --help&quot; for their options.</source>
        <translation>QA (质检) from the command line.
  auto-check  run the auto-QA rules over every conversation and update the stored flags
  sample      draw a QA sample of a period, assign it to reviewers and explain it
Run &quot;teamlens qa auto-check --help&quot; or &quot;teamlens qa sample --help&quot; for their options.</translation>
    </message>
    <message>
        <source>Usage: teamlens qa auto-check|sample [options]</source>
        <translation>Usage: teamlens qa auto-check|sample [options]</translation>
    </message>
    <message>
        <source>give a sub-command: auto-check or sample.</source>
        <translation>give a sub-command: auto-check or sample.</translation>
    </message>
    <message>
        <source>unknown sub-command &quot;%1&quot;; use auto-check or sample.</source>
        <translation>unknown sub-command &quot;%1&quot;; use auto-check or sample.</translation>
    </message>
    <message>
        <source>Runs the auto-QA rules (forbidden phrases, customer waits over the threshold, missing greeting or closing) with the store&apos;s settings over every conversation, or over those started from --from to --to, and updates the stored flags. Conversations whose flags did not change are not rewritten.
Exit codes: 0 done, 1 the store could not be read or written, 2 wrong arguments.</source>
        <translation>Runs the auto-QA rules (forbidden phrases, customer waits over the threshold, missing greeting or closing) with the store&apos;s settings over every conversation, or over those started from --from to --to, and updates the stored flags. Conversations whose flags did not change are not rewritten.
Exit codes: 0 done, 1 the store could not be read or written, 2 wrong arguments.</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>The store file.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>First day (UTC) of the period.</source>
        <translation>First day (UTC) of the period.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Last day (UTC) of the period.</source>
        <translation>Last day (UTC) of the period.</translation>
    </message>
    <message>
        <source>Usage: teamlens qa auto-check --db FILE [--from D --to D]</source>
        <translation>Usage: teamlens qa auto-check --db FILE [--from D --to D]</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db FILE is required.</translation>
    </message>
    <message>
        <source>give both --from and --to, or neither.</source>
        <translation>give both --from and --to, or neither.</translation>
    </message>
    <message>
        <source>write dates as YYYY-MM-DD.</source>
        <translation>write dates as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to is before --from.</translation>
    </message>
    <message>
        <source>teamlens qa: %1</source>
        <translation>teamlens qa: %1</translation>
    </message>
    <message>
        <source>Checked %1 conversations in %2 ms; %3 had their flags updated.</source>
        <translation>Checked %1 conversations in %2 ms; %3 had their flags updated.</translation>
    </message>
    <message>
        <source>Draws a QA sample (抽检) of the conversations started from --from to --to: N per agent, the over-sampled strata first, the rest at random, reproducibly from the seed. Assigns the conversations to reviewers round-robin under the workload cap, never to the agent themselves, prints how many each stratum drew and why, and saves the draw with its seed unless --dry-run.
Strata: low_csat, complaint, long_handling, auto_qa_flag, new_hire.
Exit codes: 0 drawn, 1 the store could not be read or written, 2 wrong arguments.</source>
        <translation>Draws a QA sample (抽检) of the conversations started from --from to --to: N per agent, the over-sampled strata first, the rest at random, reproducibly from the seed. Assigns the conversations to reviewers round-robin under the workload cap, never to the agent themselves, prints how many each stratum drew and why, and saves the draw with its seed unless --dry-run.
Strata: low_csat, complaint, long_handling, auto_qa_flag, new_hire.
Exit codes: 0 drawn, 1 the store could not be read or written, 2 wrong arguments.</translation>
    </message>
    <message>
        <source>Conversations per agent (default 5).</source>
        <translation>Conversations per agent (default 5).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Over-sampled strata and their quota per agent, in order (default low_csat:1,complaint:1,auto_qa_flag:1).</source>
        <translation>Over-sampled strata and their quota per agent, in order (default low_csat:1,complaint:1,auto_qa_flag:1).</translation>
    </message>
    <message>
        <source>STRATUM:N,…</source>
        <translation>STRATUM:N,…</translation>
    </message>
    <message>
        <source>Reviews per reviewer (default 0, no cap).</source>
        <translation>Reviews per reviewer (default 0, no cap).</translation>
    </message>
    <message>
        <source>The seed (default: a random one, printed).</source>
        <translation>The seed (default: a random one, printed).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Explain the draw without saving it.</source>
        <translation>Explain the draw without saving it.</translation>
    </message>
    <message>
        <source>Usage: teamlens qa sample --db FILE --from D --to D [options]</source>
        <translation>Usage: teamlens qa sample --db FILE --from D --to D [options]</translation>
    </message>
    <message>
        <source>--from and --to are required.</source>
        <translation>--from and --to are required.</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Command line</translation>
    </message>
    <message>
        <source>--per-agent must be a whole number.</source>
        <translation>--per-agent must be a whole number.</translation>
    </message>
    <message>
        <source>--cap must be a whole number.</source>
        <translation>--cap must be a whole number.</translation>
    </message>
    <message>
        <source>--strata must list STRATUM:N pairs, e.g. low_csat:1,auto_qa_flag:2.</source>
        <translation>--strata must list STRATUM:N pairs, e.g. low_csat:1,auto_qa_flag:2.</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number.</source>
        <translation>--seed must be a non-negative whole number.</translation>
    </message>
    <message>
        <source>Note: the auto-QA flags are not up to date with the settings; run &quot;teamlens qa auto-check&quot; first for the auto_qa_flag stratum to see them.</source>
        <translation>Note: the auto-QA flags are not up to date with the settings; run &quot;teamlens qa auto-check&quot; first for the auto_qa_flag stratum to see them.</translation>
    </message>
    <message numerus="yes">
        <source>Sample of %1 to %2, seed %3: %n conversation(s) from %4 candidates.</source>
        <translation>
            <numerusform>Sample of %1 to %2, seed %3: %n conversation from %4 candidates.</numerusform>
            <numerusform>Sample of %1 to %2, seed %3: %n conversations from %4 candidates.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assignment:</source>
        <translation>Assignment:</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversation(s)</source>
        <translation>
            <numerusform>%1: %n conversation</numerusform>
            <numerusform>%1: %n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) not assigned: every eligible reviewer is at the workload cap.</source>
        <translation>
            <numerusform>%n conversation not assigned: every eligible reviewer is at the workload cap.</numerusform>
            <numerusform>%n conversations not assigned: every eligible reviewer is at the workload cap.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: the draw was not saved.</source>
        <translation>Dry run: the draw was not saved.</translation>
    </message>
    <message>
        <source>Saved as draw %1.</source>
        <translation>Saved as draw %1.</translation>
    </message>
    <message>
        <source>Rechecked %1 conversations whose ticket ended or reopened since their flags were computed.</source>
        <translation>Rechecked %1 conversations whose ticket ended or reopened since their flags were computed.</translation>
    </message>
</context>
<context>
    <name>QaDisputeRepository</name>
    <message>
        <source>QA review %1 is a draft; only a submitted review can be disputed.</source>
        <translation>QA review %1 is a draft; only a submitted review can be disputed.</translation>
    </message>
    <message>
        <source>QA review %1 is a calibration review; it does not count in a QA score and cannot be disputed.</source>
        <translation>QA review %1 is a calibration review; it does not count in a QA score and cannot be disputed.</translation>
    </message>
    <message>
        <source>Unknown dispute reason &quot;%1&quot;.</source>
        <translation>Unknown dispute reason &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A dispute needs a text saying what is wrong.</source>
        <translation>A dispute needs a text saying what is wrong.</translation>
    </message>
    <message>
        <source>The dispute window of QA review %1 closed on %2.</source>
        <translation>The dispute window of QA review %1 closed on %2.</translation>
    </message>
    <message>
        <source>Criterion %1 is not part of QA review %2.</source>
        <translation>Criterion %1 is not part of QA review %2.</translation>
    </message>
    <message>
        <source>Dispute %1 on this review is still open; wait for its decision.</source>
        <translation>Dispute %1 on this review is still open; wait for its decision.</translation>
    </message>
    <message>
        <source>Dispute %1 is already decided (%2).</source>
        <translation>Dispute %1 is already decided (%2).</translation>
    </message>
    <message>
        <source>A dispute decision needs a text the agent can read.</source>
        <translation>A dispute decision needs a text the agent can read.</translation>
    </message>
    <message>
        <source>A dispute is decided by accepting, partially accepting or rejecting it.</source>
        <translation>A dispute is decided by accepting, partially accepting or rejecting it.</translation>
    </message>
    <message>
        <source>Accepting a dispute needs the corrected answers.</source>
        <translation>Accepting a dispute needs the corrected answers.</translation>
    </message>
    <message>
        <source>A rejected dispute leaves the answers as they are.</source>
        <translation>A rejected dispute leaves the answers as they are.</translation>
    </message>
    <message>
        <source>Dispute %1 is about criterion %2 only; criterion %3 cannot change with it.</source>
        <translation>Dispute %1 is about criterion %2 only; criterion %3 cannot change with it.</translation>
    </message>
    <message>
        <source>Dispute %1 %2: %3</source>
        <translation>Dispute %1 %2: %3</translation>
    </message>
    <message>
        <source>Dispute %1 does not exist in this store.</source>
        <translation>Dispute %1 does not exist in this store.</translation>
    </message>
    <message>
        <source>Dispute %1 is no longer open (%2); only an open dispute can be withdrawn.</source>
        <translation>Dispute %1 is no longer open (%2); only an open dispute can be withdrawn.</translation>
    </message>
    <message>
        <source>Only %1, who raised dispute %2, can withdraw it.</source>
        <translation>Only %1, who raised dispute %2, can withdraw it.</translation>
    </message>
    <message>
        <source>Dispute %1 changed meanwhile; reload it.</source>
        <translation>Dispute %1 changed meanwhile; reload it.</translation>
    </message>
    <message>
        <source>%1 raised dispute %2 and cannot also decide it; another QA lead must.</source>
        <translation>%1 raised dispute %2 and cannot also decide it; another QA lead must.</translation>
    </message>
</context>
<context>
    <name>QaQueueModel</name>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
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
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4 (%5)</source>
        <translation>%1 %2: %3 → %4 (%5)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Reassigned:</source>
        <translation>Reassigned:</translation>
    </message>
</context>
<context>
    <name>QaReassignRepository</name>
    <message>
        <source>Sampled conversation %1 does not exist in this store.</source>
        <translation>Sampled conversation %1 does not exist in this store.</translation>
    </message>
</context>
<context>
    <name>QaResultsCriterionChart</name>
    <message>
        <source>Score by criterion</source>
        <translation>Score by criterion</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
</context>
<context>
    <name>QaResultsTableModel</name>
    <message numerus="yes">
        <source>Mean score of the submitted QA reviews of conversations in the period (the qa_score KPI); calibration reviews never count. Under %n review(s) it is insufficient.</source>
        <translation>
            <numerusform>Mean score of the submitted QA reviews of conversations in the period (the qa_score KPI); calibration reviews never count. Under %n review it is insufficient.</numerusform>
            <numerusform>Mean score of the submitted QA reviews of conversations in the period (the qa_score KPI); calibration reviews never count. Under %n reviews it is insufficient.</numerusform>
        </translation>
    </message>
    <message>
        <source>Share of the reviews with a failed critical criterion.</source>
        <translation>Share of the reviews with a failed critical criterion.</translation>
    </message>
    <message>
        <source>QA score minus the agent&apos;s team&apos;s QA score.</source>
        <translation>QA score minus the agent&apos;s team&apos;s QA score.</translation>
    </message>
    <message>
        <source>QA score minus the center&apos;s QA score.</source>
        <translation>QA score minus the center&apos;s QA score.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>QA score</source>
        <translation>QA score</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Critical fails</source>
        <translation>Critical fails</translation>
    </message>
    <message>
        <source>Gap to team</source>
        <translation>Gap to team</translation>
    </message>
    <message>
        <source>Gap to center</source>
        <translation>Gap to center</translation>
    </message>
    <message>
        <source>%1 (insufficient)</source>
        <translation>%1 (insufficient)</translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1% (%2 of %3)</translation>
    </message>
    <message numerus="yes">
        <source>Only %n review(s); the rule set asks for at least %1 before comparing.</source>
        <translation>
            <numerusform>Only %n review; the rule set asks for at least %1 before comparing.</numerusform>
            <numerusform>Only %n reviews; the rule set asks for at least %1 before comparing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QaResultsTrendChart</name>
    <message>
        <source>Weekly QA score</source>
        <translation>Weekly QA score</translation>
    </message>
    <message>
        <source>Week of %1: %2 (n = %3)</source>
        <translation>Week of %1: %2 (n = %3)</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>QA score</source>
        <translation>QA score</translation>
    </message>
</context>
<context>
    <name>QaResultsView</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Date range</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Center</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>&amp;Coach…</source>
        <translation>&amp;Coach…</translation>
    </message>
    <message>
        <source>Record a coaching session with the selected agent.</source>
        <translation>Record a coaching session with the selected agent.</translation>
    </message>
    <message>
        <source>Select a row to see its score by criterion and its weekly trend.</source>
        <translation>Select a row to see its score by criterion and its weekly trend.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Could not read the QA results: %1</source>
        <translation>Could not read the QA results: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n review(s), QA score needs %2 or more to compare, counting rules version %3</source>
        <translation>
            <numerusform>%1: %n review, QA score needs %2 or more to compare, counting rules version %3</numerusform>
            <numerusform>%1: %n reviews, QA score needs %2 or more to compare, counting rules version %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n review(s) in %2</source>
        <translation>
            <numerusform>%1 — %n review in %2</numerusform>
            <numerusform>%1 — %n reviews in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the weekly trend: %1</source>
        <translation>Could not read the weekly trend: %1</translation>
    </message>
</context>
<context>
    <name>QaReviewRepository</name>
    <message>
        <source>QA review %1 does not exist in this store.</source>
        <translation>QA review %1 does not exist in this store.</translation>
    </message>
    <message>
        <source>QA review %1 is already submitted; its answers change only through a dispute decision.</source>
        <translation>QA review %1 is already submitted; its answers change only through a dispute decision.</translation>
    </message>
    <message>
        <source>QA review %1 is already submitted.</source>
        <translation>QA review %1 is already submitted.</translation>
    </message>
    <message numerus="yes">
        <source>QA review %1 cannot be submitted: %n criterion(s) are not answered yet.</source>
        <translation>
            <numerusform>QA review %1 cannot be submitted: %n criterion is not answered yet.</numerusform>
            <numerusform>QA review %1 cannot be submitted: %n criteria are not answered yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>QA review %1 is still a draft; save the draft instead.</source>
        <translation>QA review %1 is still a draft; save the draft instead.</translation>
    </message>
    <message>
        <source>Changing a submitted review&apos;s score needs a reason.</source>
        <translation>Changing a submitted review&apos;s score needs a reason.</translation>
    </message>
    <message>
        <source>QA review %1 belongs to calibration session %2, which is blind until it is closed.</source>
        <translation>QA review %1 belongs to calibration session %2, which is blind until it is closed.</translation>
    </message>
    <message>
        <source>Calibration session %1 is closed; its reviews can no longer change.</source>
        <translation>Calibration session %1 is closed; its reviews can no longer change.</translation>
    </message>
</context>
<context>
    <name>QaSampleRepository</name>
    <message>
        <source>Sampling draw %1 does not exist in this store.</source>
        <translation>Sampling draw %1 does not exist in this store.</translation>
    </message>
    <message>
        <source>Sampled conversation %1 does not exist in this store.</source>
        <translation>Sampled conversation %1 does not exist in this store.</translation>
    </message>
    <message>
        <source>User %1 is not an active reviewer.</source>
        <translation>User %1 is not an active reviewer.</translation>
    </message>
</context>
<context>
    <name>Ranking</name>
    <message>
        <source>KPIs with too few samples are not scored; the composite is Σ weight × score ÷ Σ weight over the KPIs that were scored, so their weights are scaled up to 100.</source>
        <translation>KPIs with too few samples are not scored; the composite is Σ weight × score ÷ Σ weight over the KPIs that were scored, so their weights are scaled up to 100.</translation>
    </message>
</context>
<context>
    <name>RankingCommand</name>
    <message>
        <source>rank agents by composite score for a month or quarter (CSV or JSON)</source>
        <translation>rank agents by composite score for a month or quarter (CSV or JSON)</translation>
    </message>
    <message>
        <source>Ranks every agent by composite score (Σ weight × KPI score ÷ 100) under a weight profile, per team or across the center, with the movement against the previous period. Agents under the minimum volume are listed as not ranked; agents hired within the onboarding window rank in their own cohort. A closed period prints its frozen snapshot.
Exit codes: 0 computed, 1 the store could not be read, 2 wrong arguments.</source>
        <translation>Ranks every agent by composite score (Σ weight × KPI score ÷ 100) under a weight profile, per team or across the center, with the movement against the previous period. Agents under the minimum volume are listed as not ranked; agents hired within the onboarding window rank in their own cohort. A closed period prints its frozen snapshot.
Exit codes: 0 computed, 1 the store could not be read, 2 wrong arguments.</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>The store file.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>A calendar month.</source>
        <translation>A calendar month.</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>A calendar quarter.</source>
        <translation>A calendar quarter.</translation>
    </message>
    <message>
        <source>YYYY-Qn</source>
        <translation>YYYY-Qn</translation>
    </message>
    <message>
        <source>The weight profile (default: the store&apos;s ranking profile).</source>
        <translation>The weight profile (default: the store&apos;s ranking profile).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Rank within each team or across the center (default).</source>
        <translation>Rank within each team or across the center (default).</translation>
    </message>
    <message>
        <source>team|center</source>
        <translation>team|center</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (default) or json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>teamlens ranking: %1</source>
        <translation>teamlens ranking: %1</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db FILE is required.</translation>
    </message>
    <message>
        <source>give either --period YYYY-MM or --quarter YYYY-Qn.</source>
        <translation>give either --period YYYY-MM or --quarter YYYY-Qn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quarter; write it as YYYY-Qn, e.g. 2026-Q4.</source>
        <translation>&quot;%1&quot; is not a quarter; write it as YYYY-Qn, e.g. 2026-Q4.</translation>
    </message>
    <message>
        <source>--by must be team or center, not &quot;%1&quot;.</source>
        <translation>--by must be team or center, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--format must be csv or json, not &quot;%1&quot;.</source>
        <translation>--format must be csv or json, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Note: %1 is closed; printing its frozen snapshot.</source>
        <translation>Note: %1 is closed; printing its frozen snapshot.</translation>
    </message>
</context>
<context>
    <name>RankingService</name>
    <message>
        <source>The ranking period is not a valid date range.</source>
        <translation>The ranking period is not a valid date range.</translation>
    </message>
    <message>
        <source>The weight profile &quot;%1&quot; has no versions.</source>
        <translation>The weight profile &quot;%1&quot; has no versions.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign conversation %1</source>
        <translation>Reassign conversation %1</translation>
    </message>
    <message>
        <source>%1 — %2 open of %3</source>
        <translation>%1 — %2 open of %3</translation>
    </message>
    <message>
        <source>%1 — %2 open (no cap)</source>
        <translation>%1 — %2 open (no cap)</translation>
    </message>
    <message>
        <source>at the cap</source>
        <translation>at the cap</translation>
    </message>
    <message>
        <source>Required, e.g. reviewer on leave</source>
        <translation>Required, e.g. reviewer on leave</translation>
    </message>
    <message>
        <source>Agent: %1 · now with %2</source>
        <translation>Agent: %1 · now with %2</translation>
    </message>
    <message>
        <source>No other reviewer can take this conversation.</source>
        <translation>No other reviewer can take this conversation.</translation>
    </message>
    <message>
        <source>New reviewer:</source>
        <translation>New reviewer:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Reassign</translation>
    </message>
</context>
<context>
    <name>RecordMapper</name>
    <message>
        <source>platform</source>
        <translation>platform</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>ticket type</source>
        <translation>ticket type</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priority</translation>
    </message>
    <message>
        <source>ticket status</source>
        <translation>ticket status</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>tier</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>speaker</translation>
    </message>
    <message>
        <source>shift</source>
        <translation>shift</translation>
    </message>
    <message>
        <source>agent status</source>
        <translation>agent status</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>longer than 65,536 characters</source>
        <translation>longer than 65,536 characters</translation>
    </message>
    <message>
        <source>an id must not contain line breaks, control characters or direction marks (found U+%1)</source>
        <translation>an id must not contain line breaks, control characters or direction marks (found U+%1)</translation>
    </message>
    <message>
        <source>“%1” is not a date in the format %2</source>
        <translation>“%1” is not a date in the format %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>“%1” is not a whole number of seconds</source>
        <translation>“%1” is not a whole number of seconds</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>“%1” is not a whole number</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money</source>
        <translation>“%1” is not an amount of money</translation>
    </message>
    <message>
        <source>“%1” is not a duration in %2</source>
        <translation>“%1” is not a duration in %2</translation>
    </message>
    <message>
        <source>“%1” is not a score from 1 to 5</source>
        <translation>“%1” is not a score from 1 to 5</translation>
    </message>
    <message>
        <source>“%1” is not yes or no (expected 1/0, true/false, yes/no, y/n, 是/否)</source>
        <translation>“%1” is not yes or no (expected 1/0, true/false, yes/no, y/n, 是/否)</translation>
    </message>
    <message>
        <source>%1 is required but blank</source>
        <translation>%1 is required but blank</translation>
    </message>
    <message>
        <source>%1 (%2 UTC) is earlier than created_at (%3 UTC)</source>
        <translation>%1 (%2 UTC) is earlier than created_at (%3 UTC)</translation>
    </message>
    <message>
        <source>same %1 as row %2</source>
        <translation>same %1 as row %2</translation>
    </message>
    <message>
        <source>the row has no utterances</source>
        <translation>the row has no utterances</translation>
    </message>
    <message numerus="yes">
        <source>The file has no column %1.</source>
        <translation>
            <numerusform>The file has no column %1.</numerusform>
            <numerusform>The file has no columns %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>row has %1 fields, header has %2</source>
        <translation>row has %1 fields, header has %2</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>external id</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>message id</source>
        <translation>message id</translation>
    </message>
    <message>
        <source>ticket id</source>
        <translation>ticket id</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2 (expected %3)</source>
        <translation>“%1” is not a valid %2 (expected %3)</translation>
    </message>
</context>
<context>
    <name>RejectWriter</name>
    <message>
        <source>Cannot write the reject file %1: %2</source>
        <translation>Cannot write the reject file %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot save the reject file %1: %2</source>
        <translation>Cannot save the reject file %1: %2</translation>
    </message>
</context>
<context>
    <name>ReviewerWorkspace</name>
    <message>
        <source>Any due date</source>
        <translation>Any due date</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Due within %n day</numerusform>
            <numerusform>Due within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Queue:</translation>
    </message>
    <message>
        <source>Select a conversation in the queue.</source>
        <translation>Select a conversation in the queue.</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Keys: J/K or ↓/↑ criterion · 1–5, 0 value · P pass · F fail · N N/A · C comment (Return back) · Ctrl+S save draft · Ctrl+Enter submit · Ctrl+N next item</source>
        <translation>Keys: J/K or ↓/↑ criterion · 1–5, 0 value · P pass · F fail · N N/A · C comment (Return back) · Ctrl+S save draft · Ctrl+Enter submit · Ctrl+N next item</translation>
    </message>
    <message>
        <source>You (%1) are not a reviewer in this store, so there is no queue.</source>
        <translation>You (%1) are not a reviewer in this store, so there is no queue.</translation>
    </message>
    <message>
        <source>No conversations are assigned for review.</source>
        <translation>No conversations are assigned for review.</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>All reviewers</source>
        <translation>All reviewers</translation>
    </message>
    <message>
        <source>Loading conversation %1…</source>
        <translation>Loading conversation %1…</translation>
    </message>
    <message>
        <source>Conversation %1 · %2 · %3</source>
        <translation>Conversation %1 · %2 · %3</translation>
    </message>
    <message>
        <source>This review was submitted; a dispute is the way to change it.</source>
        <translation>This review was submitted; a dispute is the way to change it.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot submit: %n criterion(s) unanswered: %1.</source>
        <translation>
            <numerusform>Cannot submit: %n criterion unanswered: %1.</numerusform>
            <numerusform>Cannot submit: %n criteria unanswered: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Submitted: score %1.</source>
        <translation>Submitted: score %1.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>Draft saved at %1.</translation>
    </message>
    <message>
        <source>This was the last conversation in the queue.</source>
        <translation>This was the last conversation in the queue.</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <source>Give the selected conversation to another reviewer, with a reason.</source>
        <translation>Give the selected conversation to another reviewer, with a reason.</translation>
    </message>
    <message>
        <source>Auto-QA has not checked this store yet.</source>
        <translation>Auto-QA has not checked this store yet.</translation>
    </message>
    <message>
        <source>Auto-QA: no flags.</source>
        <translation>Auto-QA: no flags.</translation>
    </message>
    <message numerus="yes">
        <source>%n auto-QA flag(s):</source>
        <translation>
            <numerusform>%n auto-QA flag:</numerusform>
            <numerusform>%n auto-QA flags:</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show the message.</source>
        <translation>Click to show the message.</translation>
    </message>
    <message>
        <source>Reassigned: %1</source>
        <translation>Reassigned: %1</translation>
    </message>
    <message>
        <source>Conversation %1 was reassigned.</source>
        <translation>Conversation %1 was reassigned.</translation>
    </message>
    <message>
        <source>Out of date: these flags were computed under other auto-QA rules or by an older TeamLens; run auto-QA again.</source>
        <translation>Out of date: these flags were computed under other auto-QA rules or by an older TeamLens; run auto-QA again.</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Not submitted</translation>
    </message>
</context>
<context>
    <name>SampleDrawDialog</name>
    <message>
        <source>Random fill</source>
        <translation>Random fill</translation>
    </message>
    <message>
        <source>Low CSAT (≤ 2)</source>
        <translation>Low CSAT (≤ 2)</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Long handling (≥ 30 min)</source>
        <translation>Long handling (≥ 30 min)</translation>
    </message>
    <message>
        <source>Auto-QA flagged</source>
        <translation>Auto-QA flagged</translation>
    </message>
    <message>
        <source>New hires (90 days)</source>
        <translation>New hires (90 days)</translation>
    </message>
    <message>
        <source>Draw QA sample</source>
        <translation>Draw QA sample</translation>
    </message>
    <message>
        <source> per agent</source>
        <translation> per agent</translation>
    </message>
    <message>
        <source>Over-sampled first (per agent; 0 = not over-sampled)</source>
        <translation>Over-sampled first (per agent; 0 = not over-sampled)</translation>
    </message>
    <message>
        <source>The same week, rule and seed give the same draw.</source>
        <translation>The same week, rule and seed give the same draw.</translation>
    </message>
    <message>
        <source>New &amp;seed</source>
        <translation>New &amp;seed</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>No cap</translation>
    </message>
    <message>
        <source> reviews per reviewer</source>
        <translation> reviews per reviewer</translation>
    </message>
    <message>
        <source>Week:</source>
        <translation>Week:</translation>
    </message>
    <message>
        <source>Conversations:</source>
        <translation>Conversations:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>Workload cap:</source>
        <translation>Workload cap:</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>&amp;Draw</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>Stratum</translation>
    </message>
    <message>
        <source>Quota per agent</source>
        <translation>Quota per agent</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>Drawn</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>&amp;Save draw</source>
        <translation>&amp;Save draw</translation>
    </message>
    <message>
        <source>Per stratum:</source>
        <translation>Per stratum:</translation>
    </message>
    <message>
        <source>Assignment:</source>
        <translation>Assignment:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Weekly sample</source>
        <translation>Weekly sample</translation>
    </message>
    <message>
        <source>The seed must be a whole number of 0 or more.</source>
        <translation>The seed must be a whole number of 0 or more.</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Drawing…</translation>
    </message>
    <message>
        <source>The sample could not be drawn: %1</source>
        <translation>The sample could not be drawn: %1</translation>
    </message>
    <message>
        <source>(not assigned: every reviewer at the cap)</source>
        <translation>(not assigned: every reviewer at the cap)</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) drawn from %1 candidates with seed %2.</source>
        <translation>
            <numerusform>%n conversation drawn from %1 candidates with seed %2.</numerusform>
            <numerusform>%n conversations drawn from %1 candidates with seed %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The auto-QA flags are out of date with the rules; run the check first for the auto-QA stratum to be current.</source>
        <translation>The auto-QA flags are out of date with the rules; run the check first for the auto-QA stratum to be current.</translation>
    </message>
    <message>
        <source>The draw could not be saved: %1</source>
        <translation>The draw could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved as draw %1 (seed %2).</source>
        <translation>Saved as draw %1 (seed %2).</translation>
    </message>
</context>
<context>
    <name>Sampler</name>
    <message>
        <source>Random</source>
        <translation>Random</translation>
    </message>
    <message>
        <source>Low CSAT</source>
        <translation>Low CSAT</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Long handling</source>
        <translation>Long handling</translation>
    </message>
    <message>
        <source>Auto-QA flags</source>
        <translation>Auto-QA flags</translation>
    </message>
    <message>
        <source>New hires</source>
        <translation>New hires</translation>
    </message>
    <message>
        <source>%1: %2 drawn at random among the %3 conversations to make up %4 per agent.</source>
        <translation>%1: %2 drawn at random among the %3 conversations to make up %4 per agent.</translation>
    </message>
    <message>
        <source>%1: %2 drawn of %3 eligible (over-sampled, up to %4 per agent).</source>
        <translation>%1: %2 drawn of %3 eligible (over-sampled, up to %4 per agent).</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) had fewer eligible conversations than that.</source>
        <translation>
            <numerusform>%n agent had fewer eligible conversations than that.</numerusform>
            <numerusform>%n agents had fewer eligible conversations than that.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why the conversation is reassigned.</source>
        <translation>Say why the conversation is reassigned.</translation>
    </message>
    <message>
        <source>A conversation cannot be reviewed by the agent who handled it.</source>
        <translation>A conversation cannot be reviewed by the agent who handled it.</translation>
    </message>
    <message>
        <source>The conversation is already assigned to this reviewer.</source>
        <translation>The conversation is already assigned to this reviewer.</translation>
    </message>
    <message>
        <source>This reviewer already has %1 reviews, the workload cap.</source>
        <translation>This reviewer already has %1 reviews, the workload cap.</translation>
    </message>
</context>
<context>
    <name>SamplingRule</name>
    <message>
        <source>A sampling rule draws at least one conversation per agent.</source>
        <translation>A sampling rule draws at least one conversation per agent.</translation>
    </message>
    <message>
        <source>Each over-sampled group can appear once in a sampling rule.</source>
        <translation>Each over-sampled group can appear once in a sampling rule.</translation>
    </message>
    <message>
        <source>An over-sampled group takes at least one conversation per agent.</source>
        <translation>An over-sampled group takes at least one conversation per agent.</translation>
    </message>
    <message>
        <source>The over-sampled groups take %1 conversations per agent, more than the %2 the rule draws.</source>
        <translation>The over-sampled groups take %1 conversations per agent, more than the %2 the rule draws.</translation>
    </message>
    <message>
        <source>The workload cap cannot be negative.</source>
        <translation>The workload cap cannot be negative.</translation>
    </message>
    <message>
        <source>The sampling rule is not valid JSON: %1.</source>
        <translation>The sampling rule is not valid JSON: %1.</translation>
    </message>
    <message>
        <source>The sampling rule names an unknown group &quot;%1&quot;.</source>
        <translation>The sampling rule names an unknown group &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>SaveProfileDialog</name>
    <message>
        <source>Save profile</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <source>e.g. taobao-tickets</source>
        <translation>e.g. taobao-tickets</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, “.”, “-” and “_”. Saving under an existing name replaces that profile.</source>
        <translation>Lower-case letters, digits, “.”, “-” and “_”. Saving under an existing name replaces that profile.</translation>
    </message>
</context>
<context>
    <name>ScorecardPanel</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>P or 1</source>
        <translation>P or 1</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>F or 0</source>
        <translation>F or 0</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Comment (C)</source>
        <translation>Comment (C)</translation>
    </message>
    <message>
        <source>No review open</source>
        <translation>No review open</translation>
    </message>
    <message>
        <source>Total %1  (%2 of %3 points)</source>
        <translation>Total %1  (%2 of %3 points)</translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered</source>
        <translation>
            <numerusform>%n unanswered</numerusform>
            <numerusform>%n unanswered</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical fail: %1 — the whole review scores 0.</source>
        <translation>Critical fail: %1 — the whole review scores 0.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Critical fail: %1 — its section scores 0.</source>
        <translation>Critical fail: %1 — its section scores 0.</translation>
    </message>
    <message>
        <source>Suggested by auto-QA (%1): keep it or change it.</source>
        <translation>Suggested by auto-QA (%1): keep it or change it.</translation>
    </message>
</context>
<context>
    <name>ScorecardScorer</name>
    <message>
        <source>Criterion %1 is not part of scorecard &quot;%2&quot; version %3.</source>
        <translation>Criterion %1 is not part of scorecard &quot;%2&quot; version %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes a value from %2 to %3, not %4.</source>
        <translation>&quot;%1&quot; takes a value from %2 to %3, not %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be answered N/A.</source>
        <translation>&quot;%1&quot; cannot be answered N/A.</translation>
    </message>
</context>
<context>
    <name>ScorecardTemplate</name>
    <message>
        <source>The scorecard template needs a name.</source>
        <translation>The scorecard template needs a name.</translation>
    </message>
    <message>
        <source>The scorecard template &quot;%1&quot; has no criteria.</source>
        <translation>The scorecard template &quot;%1&quot; has no criteria.</translation>
    </message>
    <message>
        <source>A section of &quot;%1&quot; has no title.</source>
        <translation>A section of &quot;%1&quot; has no title.</translation>
    </message>
    <message>
        <source>Criterion &quot;%1&quot; needs a key of its own.</source>
        <translation>Criterion &quot;%1&quot; needs a key of its own.</translation>
    </message>
    <message>
        <source>Criterion &quot;%1&quot; needs both a Chinese and an English title.</source>
        <translation>Criterion &quot;%1&quot; needs both a Chinese and an English title.</translation>
    </message>
    <message>
        <source>Criterion &quot;%1&quot; must be worth more than 0 points.</source>
        <translation>Criterion &quot;%1&quot; must be worth more than 0 points.</translation>
    </message>
    <message>
        <source>Criterion &quot;%1&quot; is scored 0 to N and needs N of at least 1.</source>
        <translation>Criterion &quot;%1&quot; is scored 0 to N and needs N of at least 1.</translation>
    </message>
</context>
<context>
    <name>ScorecardTemplateRepository</name>
    <message>
        <source>Scorecard template version %1 does not exist in this store.</source>
        <translation>Scorecard template version %1 does not exist in this store.</translation>
    </message>
    <message>
        <source>Criterion &quot;%1&quot; of scorecard &quot;%2&quot; has a setting this version of TeamLens does not know.</source>
        <translation>Criterion &quot;%1&quot; of scorecard &quot;%2&quot; has a setting this version of TeamLens does not know.</translation>
    </message>
    <message>
        <source>There is no scorecard template named &quot;%1&quot;.</source>
        <translation>There is no scorecard template named &quot;%1&quot;.</translation>
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
    <name>TargetEditor</name>
    <message>
        <source>Target %1 does not exist.</source>
        <translation>Target %1 does not exist.</translation>
    </message>
    <message>
        <source>A target cannot end before its first day (%1).</source>
        <translation>A target cannot end before its first day (%1).</translation>
    </message>
</context>
<context>
    <name>TargetEditorDialog</name>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Active on</source>
        <translation>Active on</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Show history</translation>
    </message>
    <message>
        <source>Also show targets that were replaced or ended before today</source>
        <translation>Also show targets that were replaced or ended before today</translation>
    </message>
    <message>
        <source>All KPIs</source>
        <translation>All KPIs</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>KPI:</source>
        <translation>KPI:</translation>
    </message>
    <message>
        <source>Team standard</source>
        <translation>Team standard</translation>
    </message>
    <message>
        <source>Agent override</source>
        <translation>Agent override</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Open-ended</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Add the target above as a new team standard or agent override</source>
        <translation>Add the target above as a new team standard or agent override</translation>
    </message>
    <message>
        <source>&amp;Change selected</source>
        <translation>&amp;Change selected</translation>
    </message>
    <message>
        <source>Replace the selected target from the first day above; it ends the day before</source>
        <translation>Replace the selected target from the first day above; it ends the day before</translation>
    </message>
    <message>
        <source>&amp;End selected</source>
        <translation>&amp;End selected</translation>
    </message>
    <message>
        <source>Make the date on the left the selected target&apos;s last day</source>
        <translation>Make the date on the left the selected target&apos;s last day</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>Last day:</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <source>KPI and value:</source>
        <translation>KPI and value:</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>First day:</translation>
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
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Target #</source>
        <translation>Target #</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Every change to targets, newest first. The audit log cannot be edited.</source>
        <translation>Every change to targets, newest first. The audit log cannot be edited.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Could not read the targets: %1</source>
        <translation>Could not read the targets: %1</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>No team</translation>
    </message>
    <message numerus="yes">
        <source>%n target row(s) in the store.</source>
        <translation>
            <numerusform>%n target row in the store.</numerusform>
            <numerusform>%n target rows in the store.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>%1 (team)</source>
        <translation>%1 (team)</translation>
    </message>
    <message>
        <source>%1 %2 for %3, %4 – %5</source>
        <translation>%1 %2 for %3, %4 – %5</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <source>Choose an agent for the override.</source>
        <translation>Choose an agent for the override.</translation>
    </message>
    <message>
        <source>%1 is measured for teams only; it takes no agent override.</source>
        <translation>%1 is measured for teams only; it takes no agent override.</translation>
    </message>
    <message>
        <source>Choose a team for the standard.</source>
        <translation>Choose a team for the standard.</translation>
    </message>
    <message>
        <source>The last day (%1) comes before the first day (%2).</source>
        <translation>The last day (%1) comes before the first day (%2).</translation>
    </message>
    <message>
        <source>Added target.</source>
        <translation>Added target.</translation>
    </message>
    <message>
        <source>A change starts after the target it replaces, which starts on %1.</source>
        <translation>A change starts after the target it replaces, which starts on %1.</translation>
    </message>
    <message>
        <source>The selected target already ended on %1; add a new target instead.</source>
        <translation>The selected target already ended on %1; add a new target instead.</translation>
    </message>
    <message>
        <source>Changed target %1.</source>
        <translation>Changed target %1.</translation>
    </message>
    <message>
        <source>Ended target %1.</source>
        <translation>Ended target %1.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>TargetRepository</name>
    <message>
        <source>&quot;%1&quot; is not a KPI of the catalogue.</source>
        <translation>&quot;%1&quot; is not a KPI of the catalogue.</translation>
    </message>
    <message>
        <source>A target is either a team&apos;s standard or one agent&apos;s override.</source>
        <translation>A target is either a team&apos;s standard or one agent&apos;s override.</translation>
    </message>
    <message>
        <source>A target needs a first day, and its last day cannot come before it.</source>
        <translation>A target needs a first day, and its last day cannot come before it.</translation>
    </message>
    <message>
        <source>Target %1 does not exist.</source>
        <translation>Target %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>TargetTableModel</name>
    <message>
        <source>(team standard)</source>
        <translation>(team standard)</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Set by</translation>
    </message>
    <message>
        <source>Set at</source>
        <translation>Set at</translation>
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
        <translation>seconds</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Enter a target value.</source>
        <translation>Enter a target value.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; is not a number.</translation>
    </message>
    <message>
        <source>The target for %1 must be more than 0 and at most %2.</source>
        <translation>The target for %1 must be more than 0 and at most %2.</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Preview: pick answers as a reviewer would</source>
        <translation>Preview: pick answers as a reviewer would</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Undo: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Redo: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Save as &amp;new template…</source>
        <translation>Save as &amp;new template…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The scorecard templates could not be read: %1</source>
        <translation>The scorecard templates could not be read: %1</translation>
    </message>
    <message>
        <source>This store has no scorecard template yet.</source>
        <translation>This store has no scorecard template yet.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 — in use by %n review(s)</source>
        <translation>
            <numerusform>Version %1 — in use by %n review</numerusform>
            <numerusform>Version %1 — in use by %n reviews</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 — in use by a calibration session</source>
        <translation>Version %1 — in use by a calibration session</translation>
    </message>
    <message>
        <source>Version %1 — not used yet</source>
        <translation>Version %1 — not used yet</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved.</source>
        <translation>&quot;%1&quot; has changes that are not saved.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Save as new template</source>
        <translation>Save as new template</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>Name of the new template:</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>The template could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved as the new template &quot;%1&quot;.</source>
        <translation>Saved as the new template &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Saved as version %1; version %2 stays as it was for the reviews scored on it.</source>
        <translation>Saved as version %1; version %2 stays as it was for the reviews scored on it.</translation>
    </message>
    <message>
        <source>Saved version %1.</source>
        <translation>Saved version %1.</translation>
    </message>
    <message numerus="yes">
        <source>In use by %n review(s) — saving creates version %1.</source>
        <translation>
            <numerusform>In use by %n review — saving creates version %1.</numerusform>
            <numerusform>In use by %n reviews — saving creates version %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>In use by a calibration session — saving creates version %1.</source>
        <translation>In use by a calibration session — saving creates version %1.</translation>
    </message>
    <message>
        <source>Not used by any review yet — saving changes version %1 in place.</source>
        <translation>Not used by any review yet — saving changes version %1 in place.</translation>
    </message>
    <message>
        <source>Scorecard templates[*]</source>
        <translation>Scorecard templates[*]</translation>
    </message>
    <message>
        <source>Scorecard templates — %1, version %2[*]</source>
        <translation>Scorecard templates — %1, version %2[*]</translation>
    </message>
</context>
<context>
    <name>TemplateNodeForm</name>
    <message>
        <source>Pick a section or criterion in the tree to edit it.</source>
        <translation>Pick a section or criterion in the tree to edit it.</translation>
    </message>
    <message>
        <source>Chinese title:</source>
        <translation>Chinese title:</translation>
    </message>
    <message>
        <source>English title:</source>
        <translation>English title:</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Points:</translation>
    </message>
    <message>
        <source>Stays the same across versions, so results for one criterion compare over time.</source>
        <translation>Stays the same across versions, so results for one criterion compare over time.</translation>
    </message>
    <message>
        <source>Pass / fail</source>
        <translation>Pass / fail</translation>
    </message>
    <message>
        <source>1 to 5</source>
        <translation>1 to 5</translation>
    </message>
    <message>
        <source>0 to N</source>
        <translation>0 to N</translation>
    </message>
    <message>
        <source>Reviewers may answer N/A</source>
        <translation>Reviewers may answer N/A</translation>
    </message>
    <message>
        <source>Leaves the possible total</source>
        <translation>Leaves the possible total</translation>
    </message>
    <message>
        <source>Counts as a pass</source>
        <translation>Counts as a pass</translation>
    </message>
    <message>
        <source>Not critical</source>
        <translation>Not critical</translation>
    </message>
    <message>
        <source>Failing it zeroes its section</source>
        <translation>Failing it zeroes its section</translation>
    </message>
    <message>
        <source>Failing it zeroes the whole review</source>
        <translation>Failing it zeroes the whole review</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Scale:</translation>
    </message>
    <message>
        <source>Highest value (N):</source>
        <translation>Highest value (N):</translation>
    </message>
    <message>
        <source>An N/A answer:</source>
        <translation>An N/A answer:</translation>
    </message>
    <message>
        <source>Critical:</source>
        <translation>Critical:</translation>
    </message>
    <message>
        <source>Guidance (Chinese):</source>
        <translation>Guidance (Chinese):</translation>
    </message>
    <message>
        <source>Guidance (English):</source>
        <translation>Guidance (English):</translation>
    </message>
    <message>
        <source>Edit section title</source>
        <translation>Edit section title</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Edit title</translation>
    </message>
    <message>
        <source>Edit key</source>
        <translation>Edit key</translation>
    </message>
    <message>
        <source>Change points</source>
        <translation>Change points</translation>
    </message>
    <message>
        <source>Change scale</source>
        <translation>Change scale</translation>
    </message>
    <message>
        <source>Change highest value</source>
        <translation>Change highest value</translation>
    </message>
    <message>
        <source>Allow N/A</source>
        <translation>Allow N/A</translation>
    </message>
    <message>
        <source>Disallow N/A</source>
        <translation>Disallow N/A</translation>
    </message>
    <message>
        <source>Change N/A policy</source>
        <translation>Change N/A policy</translation>
    </message>
    <message>
        <source>Change critical level</source>
        <translation>Change critical level</translation>
    </message>
    <message>
        <source>Edit guidance</source>
        <translation>Edit guidance</translation>
    </message>
    <message>
        <source>%1 of the template&apos;s %2 points, the sum of its criteria.</source>
        <translation>%1 of the template&apos;s %2 points, the sum of its criteria.</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria worth %1 points in all; ready to save.</source>
        <translation>
            <numerusform>%n criterion worth %1 points in all; ready to save.</numerusform>
            <numerusform>%n criteria worth %1 points in all; ready to save.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateTreePane</name>
    <message>
        <source>Section / criterion</source>
        <translation>Section / criterion</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Add section</translation>
    </message>
    <message>
        <source>Adds a section after the current one.</source>
        <translation>Adds a section after the current one.</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Add criterion</translation>
    </message>
    <message>
        <source>Adds a criterion to the current section.</source>
        <translation>Adds a criterion to the current section.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Removes the current section or criterion (undo brings it back).</source>
        <translation>Removes the current section or criterion (undo brings it back).</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Renames the current section or criterion in the tree (F2).</source>
        <translation>Renames the current section or criterion in the tree (F2).</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Moves it up within its section.</source>
        <translation>Moves it up within its section.</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Moves it down within its section.</source>
        <translation>Moves it down within its section.</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Remove criterion</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>Remove section</translation>
    </message>
    <message>
        <source>Move criterion up</source>
        <translation>Move criterion up</translation>
    </message>
    <message>
        <source>Move criterion down</source>
        <translation>Move criterion down</translation>
    </message>
    <message>
        <source>Move section up</source>
        <translation>Move section up</translation>
    </message>
    <message>
        <source>Move section down</source>
        <translation>Move section down</translation>
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
            <numerusform>reopened %n time</numerusform>
            <numerusform>reopened %n times</numerusform>
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
    <message>
        <source>%1 %2:00–%3:00</source>
        <translation>%1 %2:00–%3:00</translation>
    </message>
    <message>
        <source>Only tickets created in this hour of the week (%1 time). Click to remove.</source>
        <translation>Only tickets created in this hour of the week (%1 time). Click to remove.</translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
    <message>
        <source>Only tickets whose satisfaction survey gave this score. Click to remove.</source>
        <translation>Only tickets whose satisfaction survey gave this score. Click to remove.</translation>
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
    <name>TranscriptLegend</name>
    <message>
        <source>&lt;span style=&quot;background: #ffecb3;&quot;&gt;&amp;nbsp;⚠&amp;nbsp;&lt;/span&gt; Highlighted: replies after the customer waited over %1 s, the auto-QA customer-wait limit.</source>
        <translation>&lt;span style=&quot;background: #ffecb3;&quot;&gt;&amp;nbsp;⚠&amp;nbsp;&lt;/span&gt; Highlighted: replies after the customer waited over %1 s, the auto-QA customer-wait limit.</translation>
    </message>
    <message>
        <source>The same limit raises the auto-QA flag “long customer wait”; change it in QA → Auto-QA rules…</source>
        <translation>The same limit raises the auto-QA flag “long customer wait”; change it in QA → Auto-QA rules…</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <source>The customer waited %1 for this reply.</source>
        <translation>The customer waited %1 for this reply.</translation>
    </message>
    <message>
        <source>forbidden phrase</source>
        <translation>forbidden phrase</translation>
    </message>
    <message>
        <source>long customer wait</source>
        <translation>long customer wait</translation>
    </message>
    <message>
        <source>missing greeting</source>
        <translation>missing greeting</translation>
    </message>
    <message>
        <source>missing closing</source>
        <translation>missing closing</translation>
    </message>
    <message>
        <source>Forbidden phrase “%1”</source>
        <translation>Forbidden phrase “%1”</translation>
    </message>
    <message>
        <source>Long customer wait: %1</source>
        <translation>Long customer wait: %1</translation>
    </message>
    <message>
        <source>No greeting in the agent&apos;s first message</source>
        <translation>No greeting in the agent&apos;s first message</translation>
    </message>
    <message>
        <source>No closing in the agent&apos;s last message</source>
        <translation>No closing in the agent&apos;s last message</translation>
    </message>
    <message>
        <source>Auto-QA: %1</source>
        <translation>Auto-QA: %1</translation>
    </message>
    <message>
        <source>⚠ customer waited %1 (auto-QA limit %2 s)</source>
        <translation>⚠ customer waited %1 (auto-QA limit %2 s)</translation>
    </message>
</context>
<context>
    <name>TrendsPanel</name>
    <message>
        <source>Center</source>
        <translation>Center</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>By day</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>By week</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>Volume by type</source>
        <translation>Volume by type</translation>
    </message>
    <message>
        <source>Volume by platform</source>
        <translation>Volume by platform</translation>
    </message>
    <message>
        <source>Volume by channel</source>
        <translation>Volume by channel</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>KPI:</source>
        <translation>KPI:</translation>
    </message>
    <message>
        <source>KPI trend</source>
        <translation>KPI trend</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Weekday × hour</source>
        <translation>Weekday × hour</translation>
    </message>
    <message>
        <source>Before / after</source>
        <translation>Before / after</translation>
    </message>
    <message>
        <source>Could not read the trends: %1</source>
        <translation>Could not read the trends: %1</translation>
    </message>
    <message>
        <source>Target line</source>
        <translation>Target line</translation>
    </message>
    <message>
        <source>The target the subject is scored against: the agent&apos;s or team&apos;s own, else the ranking profile&apos;s</source>
        <translation>The target the subject is scored against: the agent&apos;s or team&apos;s own, else the ranking profile&apos;s</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>No target set for %1</source>
        <translation>No target set for %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Target: %1</translation>
    </message>
</context>
<context>
    <name>ValidatePage</name>
    <message>
        <source>Check every row</source>
        <translation>Check every row</translation>
    </message>
    <message>
        <source>Every row is read and checked as if it were imported; the store is not changed yet.</source>
        <translation>Every row is read and checked as if it were imported; the store is not changed yet.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>Import &amp;nothing</source>
        <translation>Import &amp;nothing</translation>
    </message>
    <message>
        <source>Import the good rows</source>
        <translation>Import the good rows</translation>
    </message>
    <message>
        <source>Checking… %1 rows read</source>
        <translation>Checking… %1 rows read</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>The file could not be checked: %1</translation>
    </message>
    <message>
        <source>Checked in %1 s.</source>
        <translation>Checked in %1 s.</translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>Every row can be imported.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected row(s) will be written to %1 for correction.</source>
        <translation>
            <numerusform>%Ln rejected row will be written to %1 for correction.</numerusform>
            <numerusform>%Ln rejected rows will be written to %1 for correction.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) cannot be imported.</source>
        <translation>
            <numerusform>%Ln row cannot be imported.</numerusform>
            <numerusform>%Ln rows cannot be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table shows the first %Ln issue(s).</source>
        <translation>
            <numerusform>The table shows the first %Ln issue.</numerusform>
            <numerusform>The table shows the first %Ln issues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %Ln good row(s)</source>
        <translation>
            <numerusform>Import the %Ln good row</numerusform>
            <numerusform>Import the %Ln good rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValueMapDialog</name>
    <message>
        <source>Values of “%1”</source>
        <translation>Values of “%1”</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Value in the file</translation>
    </message>
    <message>
        <source>TeamLens value</source>
        <translation>TeamLens value</translation>
    </message>
    <message>
        <source>Keep as is</source>
        <translation>Keep as is</translation>
    </message>
    <message>
        <source>The preview rows have no values in this column.</source>
        <translation>The preview rows have no values in this column.</translation>
    </message>
    <message>
        <source>Values seen in the first rows of the file:</source>
        <translation>Values seen in the first rows of the file:</translation>
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
    <name>VolumeChart</name>
    <message>
        <source>tickets</source>
        <translation>tickets</translation>
    </message>
</context>
<context>
    <name>WeightProfile</name>
    <message>
        <source>A weight profile needs a name.</source>
        <translation>A weight profile needs a name.</translation>
    </message>
    <message>
        <source>The weight profile &quot;%1&quot; has no KPI.</source>
        <translation>The weight profile &quot;%1&quot; has no KPI.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KPI of the catalogue.</source>
        <translation>&quot;%1&quot; is not a KPI of the catalogue.</translation>
    </message>
    <message>
        <source>The KPI %1 appears twice in the weight profile.</source>
        <translation>The KPI %1 appears twice in the weight profile.</translation>
    </message>
    <message>
        <source>The weight of %1 must be more than 0 and at most 100.</source>
        <translation>The weight of %1 must be more than 0 and at most 100.</translation>
    </message>
    <message>
        <source>The target of %1 must be more than 0.</source>
        <translation>The target of %1 must be more than 0.</translation>
    </message>
    <message>
        <source>The cap of %1 must be at least 100%.</source>
        <translation>The cap of %1 must be at least 100%.</translation>
    </message>
    <message>
        <source>The band table of %1 is empty.</source>
        <translation>The band table of %1 is empty.</translation>
    </message>
    <message>
        <source>Band points of %1 must be between 0 and 100.</source>
        <translation>Band points of %1 must be between 0 and 100.</translation>
    </message>
    <message>
        <source>The weights add up to %1, not 100.</source>
        <translation>The weights add up to %1, not 100.</translation>
    </message>
    <message>
        <source>A band table is not a JSON list: %1</source>
        <translation>A band table is not a JSON list: %1</translation>
    </message>
</context>
<context>
    <name>WeightProfileDialog</name>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Weight profile</source>
        <translation>Weight profile</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>General (every platform)</source>
        <translation>General (every platform)</translation>
    </message>
    <message>
        <source>&amp;Platform variant:</source>
        <translation>&amp;Platform variant:</translation>
    </message>
    <message>
        <source>Edits version %1; saving creates a new version.</source>
        <translation>Edits version %1; saving creates a new version.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Not saved yet.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Cap</translation>
    </message>
    <message>
        <source>The profile&apos;s own target; team standards and agent overrides take precedence.</source>
        <translation>The profile&apos;s own target; team standards and agent overrides take precedence.</translation>
    </message>
    <message>
        <source>Capped attainment: doing better than target earns at most this share of 100 points.</source>
        <translation>Capped attainment: doing better than target earns at most this share of 100 points.</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>Add KPI</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>Remove KPI</translation>
    </message>
    <message>
        <source>An actual at or better than a threshold earns its points (the best band that applies); below every threshold earns 0.</source>
        <translation>An actual at or better than a threshold earns its points (the best band that applies); below every threshold earns 0.</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Add band</source>
        <translation>Add band</translation>
    </message>
    <message>
        <source>Remove band</source>
        <translation>Remove band</translation>
    </message>
    <message>
        <source>Use for what-if</source>
        <translation>Use for what-if</translation>
    </message>
    <message>
        <source>Re-rank the table with this profile; save it from the what-if panel.</source>
        <translation>Re-rank the table with this profile; save it from the what-if panel.</translation>
    </message>
    <message>
        <source>Capped attainment</source>
        <translation>Capped attainment</translation>
    </message>
    <message>
        <source>Band table</source>
        <translation>Band table</translation>
    </message>
    <message>
        <source>Band table of %1</source>
        <translation>Band table of %1</translation>
    </message>
    <message>
        <source>Total weight: %1%</source>
        <translation>Total weight: %1%</translation>
    </message>
    <message>
        <source>The profile is valid and can be saved as a new version.</source>
        <translation>The profile is valid and can be saved as a new version.</translation>
    </message>
</context>
<context>
    <name>WeightProfileRepository</name>
    <message>
        <source>Weight profile version %1 does not exist in this store.</source>
        <translation>Weight profile version %1 does not exist in this store.</translation>
    </message>
    <message>
        <source>Weight profile %1 has an unknown scoring method &quot;%2&quot;.</source>
        <translation>Weight profile %1 has an unknown scoring method &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>There is no weight profile named &quot;%1&quot;; this store has: %2.</source>
        <translation>There is no weight profile named &quot;%1&quot;; this store has: %2.</translation>
    </message>
</context>
<context>
    <name>WhatIfWeightsPanel</name>
    <message>
        <source>%1 v%2 (all platforms)</source>
        <translation>%1 v%2 (all platforms)</translation>
    </message>
    <message>
        <source>%1 v%2 (%3)</source>
        <translation>%1 v%2 (%3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What-if weights&lt;/b&gt;</source>
        <translation>&lt;b&gt;What-if weights&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The profile version to edit: the general one or a platform variant.</source>
        <translation>The profile version to edit: the general one or a platform variant.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Back to the stored profile.</source>
        <translation>Back to the stored profile.</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Edit profile…</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Save as new version</translation>
    </message>
    <message>
        <source>Waiting for the ranking…</source>
        <translation>Waiting for the ranking…</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Weight of %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;What-if weights&lt;/b&gt; · %1</source>
        <translation>&lt;b&gt;What-if weights&lt;/b&gt; · %1</translation>
    </message>
    <message>
        <source>Total weight: %1% (must be 100 to save)</source>
        <translation>Total weight: %1% (must be 100 to save)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What-if, not saved&lt;/b&gt;: the table ranks under these weights.</source>
        <translation>&lt;b&gt;What-if, not saved&lt;/b&gt;: the table ranks under these weights.</translation>
    </message>
    <message>
        <source>The stored profile ranks the table.</source>
        <translation>The stored profile ranks the table.</translation>
    </message>
    <message>
        <source>Version %1 is locked: a closed period used it. Saving creates a new version.</source>
        <translation>Version %1 is locked: a closed period used it. Saving creates a new version.</translation>
    </message>
    <message>
        <source>A new platform variant ranks the table once it is saved and the period is computed again.</source>
        <translation>A new platform variant ranks the table once it is saved and the period is computed again.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <source>Saved as new version: %1.</source>
        <translation>Saved as new version: %1.</translation>
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
