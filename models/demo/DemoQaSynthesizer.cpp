#include "DemoQaSynthesizer.h"

#include "DemoRandom.h"
#include "qa/store/QaCalibrationRepository.h"
#include "qa/store/QaDisputeRepository.h"
#include "qa/store/QaQueueRepository.h"
#include "qa/store/QaReviewRepository.h"
#include "qa/store/QaSampleRepository.h"
#include "qa/store/ScorecardTemplateRepository.h"
#include "store/DemoStoreWriter.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 WorkdayStart = 9 * Hour + 30 * Minute; // reviewers work 09:30–17:30
constexpr qint64 WorkdayLength = 8 * Hour;
// Keys of the QA sub-streams, apart from the ticket generator's.
constexpr quint64 DrawKey = 0x71610001;
constexpr quint64 ReviewKey = 0x71610002;
constexpr quint64 AgentKey = 0x71610003;
constexpr quint64 DisputeKey = 0x71610004;
constexpr quint64 CalibrationKey = 0x71610005;
constexpr quint64 CriticalKey = 0x71610006;

constexpr int CalibrationConversations = 4;
constexpr int CalibrationReviewers = 4;
// Share of reviews with a critical fail (at least one in every demo).
constexpr double CriticalFailShare = 0.03;

/** The demo's QA team when the store has none: a lead who decides and calibrates, three reviewers. */
std::vector<DemoQaStaff> demoStaff()
{
    return { { 0, QStringLiteral("qa.chen"), QStringLiteral("陈静"), true, 0 },
             { 0, QStringLiteral("qa.zhou"), QStringLiteral("周敏"), false, 0 },
             { 0, QStringLiteral("qa.wu"), QStringLiteral("吴磊"), false, 0 },
             { 0, QStringLiteral("qa.zheng"), QStringLiteral("郑雪"), false, 0 } };
}

struct DisputeText
{
    const char *reason;
    const char *text;
};

// What agents write when they dispute (data, in the team's language like the conversations).
constexpr std::array<DisputeText, 5> DisputeTexts { {
    { "misread_transcript", "客户在第二条消息里已经确认了收货地址，评审时可能漏看了。" },
    { "outside_agent_control", "当天物流系统故障，查询不到轨迹，回复慢不是我能控制的。" },
    { "guidance_unclear", "评分标准没有写清楚客户先离开时是否还需要结束语。" },
    { "policy_changed", "退款流程上周刚调整过，我是按新流程处理的。" },
    { "other", "这次对话客户情绪很激动，希望主管再整体看一下评分。" },
} };

/** One step of an answer up (+1) or down (−1) its scale, clamped. */
std::optional<int> stepped(const ScorecardCriterion &criterion, std::optional<int> value, int step)
{
    if (!value)
        return value;
    return std::clamp(*value + step, criterion.minValue(), criterion.maxValue());
}

double lossOf(const ScorecardCriterion &criterion, const ScorecardAnswer &answer)
{
    const std::optional<double> earned = ScorecardScorer::fraction(criterion, answer);
    return earned ? (1.0 - *earned) * criterion.points : 0.0;
}

} // namespace

DemoQaSynthesizer::DemoQaSynthesizer(QSqlDatabase db, DemoStoreWriter &writer,
                                     const DemoOrganization &organization, const QTimeZone &zone,
                                     QDate firstDay, QDate lastDay)
    : m_db(std::move(db))
    , m_writer(writer)
    , m_organization(organization)
    , m_zone(zone)
    , m_firstDay(firstDay)
    , m_lastDay(lastDay)
{
}

QDate DemoQaSynthesizer::sampledWeekLast(QDate firstDay, QDate lastDay)
{
    // Three days after the week: reviews on the working days after it, disputes, decisions.
    QDate sunday = lastDay.addDays(-3);
    sunday = sunday.addDays(-(sunday.dayOfWeek() % 7));
    return sunday.addDays(-6) >= firstDay ? sunday : QDate();
}

qint64 DemoQaSynthesizer::dayStart(QDate day) const
{
    return QDateTime(day, QTime(0, 0), m_zone).toSecsSinceEpoch();
}

const DemoQaStaff &DemoQaSynthesizer::lead() const
{
    const auto found
        = std::find_if(m_staff.cbegin(), m_staff.cend(), [](const DemoQaStaff &s) { return s.lead; });
    return found != m_staff.cend() ? *found : m_staff.front();
}

QString DemoQaSynthesizer::loginOf(qint64 userId) const
{
    for (const DemoQaStaff &staff : m_staff) {
        if (staff.userId == userId)
            return staff.login;
    }
    return {};
}

bool DemoQaSynthesizer::run(quint64 seed, DemoQaSummary *summary, QString *error)
{
    m_summary = {};
    m_weekLast = sampledWeekLast(m_firstDay, m_lastDay);
    if (!m_weekLast.isValid()) {
        *summary = m_summary; // too short a range for a reviewed week
        return true;
    }
    m_weekFirst = m_weekLast.addDays(-6);
    m_summary.weekFirst = m_weekFirst;
    m_summary.weekLast = m_weekLast;
    // Monday to Friday after the week, but never the range's last day (disputes come after reviews).
    m_reviewDays.clear();
    for (QDate day = m_weekLast.addDays(1); day <= m_weekLast.addDays(5) && day < m_lastDay;
         day = day.addDays(1))
        m_reviewDays.push_back(day);

    if (!ScorecardTemplateRepository(m_db).latest(QStringLiteral("Default"), &m_template, error)
        || !ensureStaff(error) || !writeReviews(seed, error) || !writeDisputes(seed, error)
        || !writeCalibration(seed, error))
        return false;
    *summary = m_summary;
    return true;
}

bool DemoQaSynthesizer::ensureStaff(QString *error)
{
    if (!m_writer.qaStaff(&m_staff, error))
        return false;
    if (!m_staff.empty())
        return true;
    return m_writer.insertQaStaff(demoStaff(), dayStart(m_firstDay), error)
        && m_writer.qaStaff(&m_staff, error);
}

double DemoQaSynthesizer::strictness(qint64 agentId, quint64 seed) const
{
    // How much more often than usual an agent loses points: lognormal around 1, new hires worse.
    DemoRandom random = DemoRandom::derived(seed ^ AgentKey, quint64(agentId));
    double factor = std::exp(0.45 * random.normal());
    for (const DemoAgent &agent : m_organization.agents) {
        if (agent.agent.id == agentId && agent.newHire)
            factor *= 1.7;
    }
    return factor;
}

QList<ScorecardAnswer> DemoQaSynthesizer::answers(double strictness, bool criticalFail,
                                                  DemoRandom &random) const
{
    QList<ScorecardAnswer> given;
    for (const ScorecardSection &section : m_template.sections) {
        for (const ScorecardCriterion &criterion : section.criteria) {
            ScorecardAnswer answer = ScorecardAnswer::of(criterion.id, criterion.maxValue());
            const bool critical = criterion.critical != CriticalLevel::None;
            if (critical) {
                // Critical fails are placed by the caller, so every demo has a few and no more.
                if (criticalFail)
                    answer.value = criterion.minValue();
                else if (criterion.allowNa && random.chance(0.2))
                    answer.value.reset();
            } else if (criterion.scale == ScaleKind::PassFailNa) {
                if (criterion.allowNa && random.chance(0.12))
                    answer.value.reset();
                else if (random.chance(std::min(0.5, 0.07 * strictness)))
                    answer.value = 0;
            } else {
                // Top of the scale most often; each step down rarer, and likelier for a weaker agent.
                const int top = criterion.maxValue();
                const int bottom = criterion.minValue();
                std::vector<double> weights;
                for (int value = bottom; value <= top; ++value) {
                    const int below = top - value;
                    weights.push_back(below == 0 ? 1.0 : 0.55 * std::pow(0.33, below - 1) * strictness);
                }
                answer.value = bottom + random.weighted(weights);
            }
            if (answer.value && *answer.value == criterion.minValue()
                && criterion.maxValue() > criterion.minValue())
                answer.comment = QStringLiteral("扣分：%1").arg(criterion.titleZh);
            given.append(answer);
        }
    }
    return given;
}

bool DemoQaSynthesizer::writeReviews(quint64 seed, QString *error)
{
    QaSampleRepository samples(m_db);
    QList<SampleCandidate> all;
    if (!samples.candidates(m_weekFirst, m_weekLast, 90, &all, error))
        return false;
    // Only this run's agents: a store generated into twice keeps the earlier run's week as it was.
    QSet<qint64> agents;
    for (const DemoAgent &agent : m_organization.agents)
        agents.insert(agent.agent.id);
    m_candidates.clear();
    for (const SampleCandidate &candidate : std::as_const(all)) {
        if (agents.contains(candidate.agentId))
            m_candidates.append(candidate);
    }

    SamplingRule rule;
    rule.name = QStringLiteral("每周抽检");
    rule.perAgent = ReviewsPerAgent;
    rule.strata = { { SampleStratum::LowCsat, 1 }, { SampleStratum::Complaint, 1 } };
    const quint64 drawSeed = DemoRandom::derived(seed, DrawKey).next();
    SampleDrawResult drawn = Sampler::draw(rule, m_candidates, drawSeed);
    QList<SampleReviewer> reviewers;
    if (!samples.reviewers(&reviewers, error))
        return false;
    Sampler::assign(&drawn.items, &reviewers, rule.workloadCap);

    StoredSampleDraw draw;
    draw.rule = rule;
    draw.seed = drawSeed;
    draw.first = m_weekFirst;
    draw.last = m_weekLast;
    draw.createdBy = lead().login;
    draw.createdAt = dayStart(m_reviewDays.front()) + 9 * Hour;
    draw.items = drawn.items;
    if (!samples.save(&draw, drawn.explanations, error))
        return false;

    // The items' ids, to link each review to its item as the reviewer workspace does.
    QList<QaQueueItem> queue;
    if (!QaQueueRepository(m_db).items(0, &queue, error))
        return false;
    QHash<qint64, qint64> itemOf; // conversation → newest sample item
    for (const QaQueueItem &item : std::as_const(queue))
        itemOf.insert(item.conversationId, std::max(itemOf.value(item.conversationId), item.sampleItemId));

    // Reviewers do not work agent by agent: the items are taken in a shuffled order.
    QList<SampledItem> order = draw.items;
    DemoRandom shuffle = DemoRandom::derived(seed, ReviewKey);
    for (qsizetype i = order.size() - 1; i > 0; --i)
        std::swap(order[i], order[shuffle.below(int(i + 1))]);
    const std::vector<PlannedReview> plan = planReviews(order);
    const int finished = int(std::count_if(plan.cbegin(), plan.cend(),
                                           [](const PlannedReview &planned) { return !planned.stillOpen; }));

    // A few reviews fail the critical criterion: which ones is drawn, how many is fixed by the share.
    QSet<int> criticalFails;
    DemoRandom criticalRandom = DemoRandom::derived(seed, CriticalKey);
    const int criticalCount = finished > 0 ? std::max(1, int(std::lround(finished * CriticalFailShare))) : 0;
    while (criticalFails.size() < criticalCount)
        criticalFails.insert(criticalRandom.below(finished));

    QaReviewRepository repository(m_db);
    int ordinal = 0;
    for (const PlannedReview &planned : plan) {
        const SampledItem &item = planned.item;
        m_sampledConversations.append(item.conversationId);
        DemoRandom random = DemoRandom::derived(seed ^ ReviewKey, quint64(item.conversationId));
        const qint64 submittedAt = planned.at + random.between(0, 10 * Minute);
        QaReview stored;
        stored.conversationId = item.conversationId;
        stored.agentId = item.agentId;
        stored.reviewerId = item.reviewerId;
        stored.templateVersionId = m_template.versionId;
        stored.sampleItemId = itemOf.value(item.conversationId);
        stored.createdAt = submittedAt - random.between(4 * Minute, 20 * Minute);
        if (planned.stillOpen) {
            // The first open item is the one being worked on; the rest are not started yet.
            const bool inProgress = m_summary.openItems++ == 0;
            if (!inProgress)
                continue;
            // Scored halfway, saved as a draft.
            QList<ScorecardAnswer> started = answers(strictness(item.agentId, seed), false, random);
            started.resize(started.size() / 2);
            if (!repository.create(&stored, error) || !repository.saveDraft(stored.id, started, error))
                return false;
            continue;
        }
        Review review;
        review.agentId = item.agentId;
        review.reviewDay = planned.reviewDay;
        review.submittedAt = submittedAt;
        review.answers = answers(strictness(item.agentId, seed), criticalFails.contains(ordinal++), random);
        if (!repository.create(&stored, error) || !repository.saveDraft(stored.id, review.answers, error)
            || !repository.submit(stored.id, loginOf(item.reviewerId), submittedAt, error)
            || !repository.load(stored.id, &stored, error))
            return false;
        review.id = stored.id;
        review.score = stored.score.value_or(0);
        m_reviews.push_back(review);
    }
    m_summary.reviews = int(m_reviews.size());
    return true;
}

std::vector<DemoQaSynthesizer::PlannedReview>
DemoQaSynthesizer::planReviews(const QList<SampledItem> &order) const
{
    QHash<qint64, int> reviewerTotal; // reviewer → items assigned
    for (const SampledItem &item : order) {
        if (item.reviewerId != 0)
            ++reviewerTotal[item.reviewerId];
    }
    // The reviewer (not the lead) with the most items has fallen behind: what they planned for the
    // last review day is still open when the demo ends, so the queue holds work to do.
    qint64 behind = 0;
    for (const DemoQaStaff &staff : m_staff) {
        const int total = reviewerTotal.value(staff.userId);
        if (!staff.lead && total > 0 && (behind == 0 || total > reviewerTotal.value(behind)))
            behind = staff.userId;
    }
    const int lastDay = int(m_reviewDays.size()) - 1;
    const qint64 workMinutes = qint64(m_reviewDays.size()) * WorkdayLength / Minute;
    QHash<qint64, int> perReviewer; // reviewer → items planned so far
    std::vector<PlannedReview> plan;
    for (const SampledItem &item : order) {
        if (item.reviewerId == 0)
            continue;
        // A reviewer works through their items evenly over the review days.
        const int position = perReviewer[item.reviewerId]++;
        const qint64 minute = (2 * position + 1) * workMinutes / (2 * reviewerTotal.value(item.reviewerId));
        const int dayIndex = int(minute / (WorkdayLength / Minute));
        const qint64 at = dayStart(m_reviewDays.at(std::size_t(dayIndex))) + WorkdayStart
            + (minute % (WorkdayLength / Minute)) * Minute;
        plan.push_back({ item, dayIndex, at, item.reviewerId == behind && dayIndex == lastDay });
    }
    return plan;
}

bool DemoQaSynthesizer::writeDisputes(quint64 seed, QString *error)
{
    if (m_reviews.empty())
        return true;
    QHash<qint64, QString> agentNames;
    for (const DemoAgent &agent : m_organization.agents)
        agentNames.insert(agent.agent.id, agent.agent.name);

    // Agents dispute their lowest scores; one dispute per agent. Decided ones come from the first
    // review day (time to decide), open ones from the last (still inside the window at the end).
    QSet<qint64> disputing;
    auto lowest = [&](int reviewDay, int count) {
        std::vector<const Review *> day;
        for (const Review &review : m_reviews) {
            if (review.reviewDay == reviewDay)
                day.push_back(&review);
        }
        std::sort(day.begin(), day.end(), [](const Review *a, const Review *b) {
            return a->score != b->score ? a->score < b->score : a->id < b->id;
        });
        std::vector<const Review *> picked;
        for (const Review *review : day) {
            if (int(picked.size()) < count && review->score < 100 && !disputing.contains(review->agentId)) {
                disputing.insert(review->agentId);
                picked.push_back(review);
            }
        }
        return picked;
    };

    enum class Plan { Rejected, Accepted, Partially, Withdrawn, Open };
    struct Planned
    {
        Plan plan;
        bool wholeReview;
    };
    static constexpr std::array<Planned, 6> Decided { { { Plan::Rejected, false },
                                                        { Plan::Accepted, false },
                                                        { Plan::Partially, true },
                                                        { Plan::Accepted, false },
                                                        { Plan::Rejected, true },
                                                        { Plan::Withdrawn, false } } };
    static constexpr std::array<Planned, 3> Open {
        { { Plan::Open, false }, { Plan::Open, true }, { Plan::Open, false } }
    };
    const std::vector<const Review *> early = lowest(0, int(Decided.size()));
    const std::vector<const Review *> late = lowest(int(m_reviewDays.size()) - 1, int(Open.size()));

    QaDisputeRepository disputes(m_db);
    const QString decider = lead().login;
    auto raise = [&](const Review &review, const Planned &planned, int index) {
        DemoRandom random = DemoRandom::derived(seed ^ DisputeKey, quint64(review.id));
        // The criterion that cost the most points is what the agent argues about.
        const ScorecardCriterion *worst = nullptr;
        const ScorecardAnswer *worstAnswer = nullptr;
        for (const ScorecardAnswer &answer : review.answers) {
            const ScorecardCriterion *criterion = m_template.findCriterion(answer.criterionId);
            if (criterion && (!worst || lossOf(*criterion, answer) > lossOf(*worst, *worstAnswer))) {
                worst = criterion;
                worstAnswer = &answer;
            }
        }
        const DisputeText &text = DisputeTexts.at(std::size_t(index) % DisputeTexts.size());
        QaDispute dispute;
        dispute.reviewId = review.id;
        dispute.criterionId = planned.wholeReview ? 0 : worst->id;
        dispute.reasonCode = QString::fromLatin1(text.reason);
        dispute.text = QString::fromUtf8(text.text);
        dispute.raisedBy = agentNames.value(review.agentId);
        dispute.raisedAt = review.submittedAt + random.between(2 * Hour, 20 * Hour);
        if (!disputes.raise(&dispute, QaDisputeRepository::DefaultWindowDays, error))
            return false;
        ++m_summary.disputes;

        const qint64 decidedAt = dispute.raisedAt + random.between(18 * Hour, 28 * Hour);
        QList<ScorecardAnswer> changed;
        switch (planned.plan) {
        case Plan::Open:
            return true;
        case Plan::Withdrawn:
            return disputes.withdraw(dispute.id, dispute.raisedBy,
                                     dispute.raisedAt + random.between(Hour, 4 * Hour),
                                     QStringLiteral("和质检员沟通后撤回。"), error);
        case Plan::Rejected:
            return disputes.decide(dispute.id, QaDispute::State::Rejected, {},
                                   QStringLiteral("已复核对话记录，原评分成立。"), decider, decidedAt, error);
        case Plan::Accepted:
            changed.append(ScorecardAnswer::of(worst->id, worst->maxValue()));
            return disputes.decide(dispute.id, QaDispute::State::Accepted, changed,
                                   QStringLiteral("复核后确认坐席处理正确，更正该项评分。"), decider,
                                   decidedAt, error);
        case Plan::Partially:
            // One step up on the worst criterion, the rest stands.
            changed.append({ worst->id, stepped(*worst, worstAnswer->value, 1), QString() });
            return disputes.decide(dispute.id, QaDispute::State::PartiallyAccepted, changed,
                                   QStringLiteral("部分采纳：调整一项评分，其余维持。"), decider, decidedAt,
                                   error);
        }
        return true;
    };
    int index = 0;
    for (std::size_t i = 0; i < early.size(); ++i) {
        if (!raise(*early.at(i), Decided.at(i), index++))
            return false;
    }
    for (std::size_t i = 0; i < late.size(); ++i) {
        if (!raise(*late.at(i), Open.at(i), index++))
            return false;
    }
    return true;
}

bool DemoQaSynthesizer::writeCalibration(quint64 seed, QString *error)
{
    // Reviewers without an agent of their own first; the lead runs the session and scores too.
    std::vector<DemoQaStaff> panel = m_staff;
    std::stable_sort(panel.begin(), panel.end(), [](const DemoQaStaff &a, const DemoQaStaff &b) {
        return a.agentId == 0 && b.agentId != 0;
    });
    if (panel.size() > std::size_t(CalibrationReviewers))
        panel.resize(std::size_t(CalibrationReviewers));
    if (panel.size() < 2)
        return true; // nobody to compare
    QSet<qint64> panelAgents;
    for (const DemoQaStaff &member : panel)
        panelAgents.insert(member.agentId);

    // Conversations of the week nobody sampled, of different agents none of the panel is.
    DemoRandom random = DemoRandom::derived(seed, CalibrationKey);
    const QSet<qint64> sampled(m_sampledConversations.cbegin(), m_sampledConversations.cend());
    QList<SampleCandidate> pool;
    for (const SampleCandidate &candidate : std::as_const(m_candidates)) {
        if (!sampled.contains(candidate.conversationId) && !panelAgents.contains(candidate.agentId))
            pool.append(candidate);
    }
    QList<SampleCandidate> chosen;
    QSet<qint64> chosenAgents;
    for (int attempt = 0; attempt < 200 && chosen.size() < CalibrationConversations && !pool.isEmpty();
         ++attempt) {
        const SampleCandidate candidate = pool.takeAt(random.below(int(pool.size())));
        if (!chosenAgents.contains(candidate.agentId)) {
            chosenAgents.insert(candidate.agentId);
            chosen.append(candidate);
        }
    }
    if (chosen.isEmpty())
        return true;

    const DemoQaStaff &chair = lead();
    const ActingUser actor { chair.userId, chair.login, chair.lead ? Role::TeamLead : Role::QaReviewer };
    QaCalibrationSession session;
    session.name = QStringLiteral("周度校准 %1").arg(m_weekFirst.toString(Qt::ISODate));
    session.templateVersionId = m_template.versionId;
    session.createdBy = chair.login;
    session.createdAt = dayStart(m_reviewDays.front()) + 10 * Hour;
    for (const SampleCandidate &candidate : std::as_const(chosen))
        session.conversationIds.append(candidate.conversationId);
    for (const DemoQaStaff &member : panel)
        session.reviewerIds.append(member.userId);
    QaCalibrationRepository calibration(m_db);
    if (!calibration.create(&session, error))
        return false;

    // The agreed answers of each conversation; each reviewer departs from them a little, in their
    // own direction (one lenient, one strict, the rest unbiased).
    QHash<qint64, QList<ScorecardAnswer>> reference;
    for (const qint64 conversation : std::as_const(session.conversationIds))
        reference.insert(conversation, answers(1.6, false, random));
    const qint64 closeAt
        = dayStart(m_reviewDays.at(std::min<std::size_t>(1, m_reviewDays.size() - 1))) + 17 * Hour;
    QaReviewRepository reviews(m_db);
    int reviewerIndex = 0;
    for (const DemoQaStaff &member : panel) {
        const int bias = reviewerIndex == 1 ? 1 : reviewerIndex == 2 ? -1 : 0;
        QList<QaReview> drafts;
        if (!calibration.reviewsFor(session.id, member.userId, &drafts, error))
            return false;
        int draftIndex = 0;
        for (const QaReview &draft : std::as_const(drafts)) {
            QList<ScorecardAnswer> given = reference.value(draft.conversationId);
            for (ScorecardAnswer &answer : given) {
                const ScorecardCriterion *criterion = m_template.findCriterion(answer.criterionId);
                if (!criterion || criterion->critical != CriticalLevel::None)
                    continue; // nobody disagrees about a data leak
                if (criterion->allowNa && !answer.value && random.chance(0.2))
                    answer.value = criterion->maxValue();
                else if (random.chance(0.3))
                    answer.value
                        = stepped(*criterion, answer.value, bias != 0 ? bias : (random.chance(0.5) ? 1 : -1));
            }
            const qint64 submittedAt
                = session.createdAt + Hour + (reviewerIndex * 6 + draftIndex++) * 15 * Minute;
            if (!reviews.saveDraft(draft.id, given, error)
                || !reviews.submit(draft.id, member.login, std::min(submittedAt, closeAt - Hour), error))
                return false;
            ++m_summary.calibrationReviews;
        }
        ++reviewerIndex;
    }
    for (const qint64 conversation : std::as_const(session.conversationIds)) {
        if (!calibration.setReference(session.id, conversation, reference.value(conversation), actor, error))
            return false;
    }
    return calibration.close(session.id, actor, closeAt, error);
}
