#include "RecordMapper.h"

#include "DateTimeFormat.h"
#include "ImportFieldCatalog.h"
#include "ValueParsers.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

/*
 * Every target field of every kind gets a fixed slot, so filling the typed rows reads an array
 * instead of looking names up per record. Kinds share slots where the name is the same.
 */
enum Slot : int {
    S_external_id,
    S_platform,
    S_channel,
    S_type,
    S_category,
    S_status,
    S_priority,
    S_tier,
    S_agent,
    S_team,
    S_customer_ref,
    S_order_id,
    S_order_amount,
    S_refund_amount,
    S_created_at,
    S_first_response_at,
    S_resolved_at,
    S_closed_at,
    S_reopen_count,
    S_escalated,
    S_handle_seconds,
    S_csat_score,
    S_csat_answered_at,
    S_csat_comment,
    S_is_inquiry,
    S_converted,
    S_tags,
    S_about_agent,
    S_agent_external_id,
    S_agent_supervisor,
    S_agent_manager,
    S_agent_department,
    S_agent_tier,
    S_agent_shift,
    S_agent_hire_date,
    S_agent_tenure_bucket,
    S_agent_tenure_days,
    S_agent_account,
    S_name,
    S_english_name,
    S_supervisor,
    S_manager,
    S_department,
    S_shift,
    S_hire_date,
    S_tenure_bucket,
    S_tenure_days,
    S_left_date,
    S_mentor,
    S_account_taobao,
    S_account_jd,
    S_account_pdd,
    S_account_douyin,
    S_account_own,
    S_conversation_id,
    S_message_id,
    S_reply_to,
    S_ticket_external_id,
    S_speaker,
    S_sent_at,
    S_text,
    S_ticket_platform,
    S_ticket_channel,
    S_ticket_type,
    S_ticket_category,
    S_ticket_status,
    S_ticket_tier,
    SlotCount
};

constexpr std::array<const char *, SlotCount> kSlotNames = { "external_id",
                                                             "platform",
                                                             "channel",
                                                             "type",
                                                             "category",
                                                             "status",
                                                             "priority",
                                                             "tier",
                                                             "agent",
                                                             "team",
                                                             "customer_ref",
                                                             "order_id",
                                                             "order_amount",
                                                             "refund_amount",
                                                             "created_at",
                                                             "first_response_at",
                                                             "resolved_at",
                                                             "closed_at",
                                                             "reopen_count",
                                                             "escalated",
                                                             "handle_seconds",
                                                             "csat_score",
                                                             "csat_answered_at",
                                                             "csat_comment",
                                                             "is_inquiry",
                                                             "converted",
                                                             "tags",
                                                             "about_agent",
                                                             "agent.external_id",
                                                             "agent.supervisor",
                                                             "agent.manager",
                                                             "agent.department",
                                                             "agent.tier",
                                                             "agent.shift",
                                                             "agent.hire_date",
                                                             "agent.tenure_bucket",
                                                             "agent.tenure_days",
                                                             "agent.account",
                                                             "name",
                                                             "english_name",
                                                             "supervisor",
                                                             "manager",
                                                             "department",
                                                             "shift",
                                                             "hire_date",
                                                             "tenure_bucket",
                                                             "tenure_days",
                                                             "left_date",
                                                             "mentor",
                                                             "account.taobao",
                                                             "account.jd",
                                                             "account.pdd",
                                                             "account.douyin",
                                                             "account.own",
                                                             "conversation_id",
                                                             "message_id",
                                                             "reply_to",
                                                             "ticket_external_id",
                                                             "speaker",
                                                             "sent_at",
                                                             "text",
                                                             "ticket.platform",
                                                             "ticket.channel",
                                                             "ticket.type",
                                                             "ticket.category",
                                                             "ticket.status",
                                                             "ticket.tier" };

int slotOf(const QString &name)
{
    for (int i = 0; i < SlotCount; ++i) {
        if (name == QLatin1StringView(kSlotNames[static_cast<std::size_t>(i)]))
            return i;
    }
    return -1;
}

constexpr qsizetype kMaxTextLength = 65536;

enum Transform : quint8 { Integer, JoinCjk, Lower, Upper };

/** One parsed field value: text for text-like types, number for the rest. */
struct Value
{
    bool has = false;
    QString text;
    qint64 number = 0;
};

/** A mapping compiled against the header: indexes, formats and lookups ready for every row. */
struct Plan
{
    const FieldSpec *spec = nullptr;
    int slot = -1;
    bool required = false;
    bool perUtterance = false; // ConversationPerRow: text/speaker come from the utterances
    int column = -1;
    QList<int> columns;
    QString join;
    bool constant = false;
    QString constantText;
    QString defaultValue;
    QString sourceName; // for issues: the column(s) the value came from
    std::vector<Transform> transforms;
    QHash<QString, QString> exactMap; // trimmed source value → target
    QHash<QString, QString> foldedMap; // lower-cased source value → target
    std::vector<DateTimeFormat> formats;
    int addSecondsColumn = -1;
    ValueParsers::DurationUnit durationUnit = ValueParsers::DurationUnit::Seconds;
    bool moneyInCents = false;
    QStringList codes; // Enum
    std::optional<Value> cached; // constants parse once
};

QString vocabularyNoun(const QString &vocabulary)
{
    static const QHash<QString, const char *> nouns = {
        { u"platform"_s, QT_TRANSLATE_NOOP("RecordMapper", "platform") },
        { u"channel"_s, QT_TRANSLATE_NOOP("RecordMapper", "channel") },
        { u"type"_s, QT_TRANSLATE_NOOP("RecordMapper", "ticket type") },
        { u"category"_s, QT_TRANSLATE_NOOP("RecordMapper", "category") },
        { u"priority"_s, QT_TRANSLATE_NOOP("RecordMapper", "priority") },
        { u"status"_s, QT_TRANSLATE_NOOP("RecordMapper", "ticket status") },
        { u"tier"_s, QT_TRANSLATE_NOOP("RecordMapper", "tier") },
        { u"speaker"_s, QT_TRANSLATE_NOOP("RecordMapper", "speaker") },
        { u"shift"_s, QT_TRANSLATE_NOOP("RecordMapper", "shift") },
        { u"agent_status"_s, QT_TRANSLATE_NOOP("RecordMapper", "agent status") },
    };
    return QCoreApplication::translate("RecordMapper", nouns.value(vocabulary, "code"));
}

QString durationUnitName(ValueParsers::DurationUnit unit)
{
    switch (unit) {
    case ValueParsers::DurationUnit::Seconds:
        return RecordMapper::tr("seconds");
    case ValueParsers::DurationUnit::Minutes:
        return RecordMapper::tr("minutes");
    case ValueParsers::DurationUnit::Hours:
        return RecordMapper::tr("hours");
    case ValueParsers::DurationUnit::Clock:
        return u"hh:mm:ss"_s;
    }
    return {};
}

QString utcText(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

struct RecordMapper::Private
{
    ImportProfile profile;
    QSet<QString> absentFields; // optional mapped columns this file does not have
    ZoneConverter zone;
    DateTimeFormat isoFallback { u"iso"_s };
    std::vector<Plan> plans;
    std::array<Value, SlotCount> values;
    qsizetype headerSize = 0;
    int filterColumn = -1;
    QStringList filterValues;
    bool prepared = false;
    QHash<quint64, qint64> seenKeys; // 64-bit hash of a duplicate-checked key → first row
    const Plan *textPlan = nullptr;
    const QString empty;

    explicit Private(ImportProfile p)
        : profile(std::move(p))
        , zone(profile.timeZone)
    {
    }

    bool has(int slot) const { return values[static_cast<std::size_t>(slot)].has; }
    const QString &text(int slot) const
    {
        const Value &v = values[static_cast<std::size_t>(slot)];
        return v.has ? v.text : empty;
    }
    std::optional<qint64> number(int slot) const
    {
        const Value &v = values[static_cast<std::size_t>(slot)];
        return v.has ? std::optional<qint64>(v.number) : std::nullopt;
    }
    std::optional<QDate> date(int slot) const
    {
        const auto days = number(slot);
        return days ? std::optional<QDate>(QDate::fromJulianDay(*days)) : std::nullopt;
    }

    QString rawText(const Plan &plan, const QStringList &fields) const;
    QString transformed(const Plan &plan, QString text) const;
    std::optional<Value> parse(const Plan &plan, const QString &text, const QStringList &fields,
                               QString *reason) const;
    void process(Plan &plan, const QStringList &fields, const ImportRowOrigin &origin, MappedRecord *record);
    void addIssue(MappedRecord *record, const ImportRowOrigin &origin, const QString &column,
                  const QString &value, const QString &reason) const
    {
        record->issues.append(ImportIssue { origin.row, origin.line, column, value, reason });
    }
    void checkTimeOrder(MappedRecord *record, const ImportRowOrigin &origin) const;
    bool checkDuplicate(const QString &key, const QString &what, const QString &column,
                        const ImportRowOrigin &origin, MappedRecord *record, quint64 *hash) const;
    void fillTicket(MappedRecord *record) const;
    void fillAgent(ImportAgentFields *agent) const;
    void fillMessages(const QStringList &fields, const ImportRowOrigin &origin, MappedRecord *record) const;
};

QString RecordMapper::Private::rawText(const Plan &plan, const QStringList &fields) const
{
    if (plan.constant)
        return plan.constantText;
    if (plan.column >= 0)
        return plan.column < fields.size() ? fields.at(plan.column).trimmed() : QString();
    // Blank parts are left out so "a, , c" never appears in joined text.
    QString joined;
    for (int index : plan.columns) {
        if (index >= fields.size())
            continue;
        const QString part = fields.at(index).trimmed();
        if (part.isEmpty())
            continue;
        if (!joined.isEmpty())
            joined += plan.join;
        joined += part;
    }
    return joined;
}

QString RecordMapper::Private::transformed(const Plan &plan, QString text) const
{
    for (Transform t : plan.transforms) {
        switch (t) {
        case Integer:
            text = ValueParsers::integerText(text);
            break;
        case JoinCjk:
            text = ValueParsers::joinCjkSpaces(text);
            break;
        case Lower:
            text = text.toLower();
            break;
        case Upper:
            text = text.toUpper();
            break;
        }
    }
    if (!plan.exactMap.isEmpty() && !text.isEmpty()) {
        auto it = plan.exactMap.constFind(text);
        if (it != plan.exactMap.cend())
            return it.value();
        auto folded = plan.foldedMap.constFind(text.toLower());
        if (folded != plan.foldedMap.cend())
            return folded.value();
    }
    return text;
}

std::optional<Value> RecordMapper::Private::parse(const Plan &plan, const QString &text,
                                                  const QStringList &fields, QString *reason) const
{
    Value v;
    v.has = true;
    switch (plan.spec->type) {
    case FieldType::Text:
        if (text.size() > kMaxTextLength) {
            *reason = tr("longer than 65,536 characters");
            return std::nullopt;
        }
        v.text = ValueParsers::withoutControlCharacters(text);
        return v;
    case FieldType::Identifier:
        for (QChar c : text) {
            if (ValueParsers::isForbiddenInIdentifier(c.unicode())) {
                *reason = tr("an id must not contain line breaks, control characters or direction marks "
                             "(found U+%1)")
                              .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
                return std::nullopt;
            }
        }
        if (text.size() > kMaxTextLength) {
            *reason = tr("longer than 65,536 characters");
            return std::nullopt;
        }
        v.text = text;
        return v;
    case FieldType::Enum:
        for (const QString &code : plan.codes) {
            if (code.compare(text, Qt::CaseInsensitive) == 0) {
                v.text = code;
                return v;
            }
        }
        *reason = tr("“%1” is not a valid %2 (expected %3)")
                      .arg(text, vocabularyNoun(plan.spec->vocabulary), plan.codes.join(", "_L1));
        return std::nullopt;
    case FieldType::DateTime:
    case FieldType::Date: {
        std::optional<DateTimeFormat::Parsed> parsed;
        for (const DateTimeFormat &format : plan.formats) {
            parsed = format.parse(text);
            if (parsed)
                break;
        }
        if (!parsed)
            parsed = isoFallback.parse(text);
        if (!parsed) {
            QStringList patterns;
            for (const DateTimeFormat &format : plan.formats)
                patterns.append(format.pattern());
            patterns.append(u"ISO 8601"_s);
            *reason = tr("“%1” is not a date in the format %2").arg(text, patterns.join(tr(" or ")));
            return std::nullopt;
        }
        if (plan.spec->type == FieldType::Date) {
            const qint64 local = parsed->localSeconds;
            v.number = (local >= 0 ? local / 86400 : (local - 86399) / 86400) + 2440588; // Julian day
            return v;
        }
        v.number = parsed->offsetSeconds ? parsed->localSeconds - *parsed->offsetSeconds
                                         : zone.toUtc(parsed->localSeconds);
        if (plan.addSecondsColumn >= 0) {
            const QString add = plan.addSecondsColumn < fields.size()
                ? fields.at(plan.addSecondsColumn).trimmed()
                : QString();
            if (add.isEmpty())
                return Value {}; // no answer, no response time
            const auto seconds = ValueParsers::parseInteger(add);
            if (!seconds) {
                *reason = tr("“%1” is not a whole number of seconds").arg(add);
                return std::nullopt;
            }
            v.number += *seconds;
        }
        return v;
    }
    case FieldType::Integer:
        if (const auto n = ValueParsers::parseInteger(text)) {
            v.number = *n;
            return v;
        }
        *reason = tr("“%1” is not a whole number").arg(text);
        return std::nullopt;
    case FieldType::Money: {
        const auto cents
            = plan.moneyInCents ? ValueParsers::parseInteger(text) : ValueParsers::parseMoneyUnits(text);
        if (cents) {
            v.number = *cents;
            return v;
        }
        *reason = tr("“%1” is not an amount of money").arg(text);
        return std::nullopt;
    }
    case FieldType::Duration:
        if (const auto seconds = ValueParsers::parseDuration(text, plan.durationUnit)) {
            v.number = *seconds;
            return v;
        }
        *reason = tr("“%1” is not a duration in %2").arg(text, durationUnitName(plan.durationUnit));
        return std::nullopt;
    case FieldType::Score:
        if (const auto score = ValueParsers::parseScore(text)) {
            v.number = *score;
            return v;
        }
        *reason = tr("“%1” is not a score from 1 to 5").arg(text);
        return std::nullopt;
    case FieldType::Boolean:
        if (const auto flag = ValueParsers::parseBoolean(text)) {
            v.number = *flag ? 1 : 0;
            return v;
        }
        *reason = tr("“%1” is not yes or no (expected 1/0, true/false, yes/no, y/n, 是/否)").arg(text);
        return std::nullopt;
    }
    return std::nullopt;
}

void RecordMapper::Private::process(Plan &plan, const QStringList &fields, const ImportRowOrigin &origin,
                                    MappedRecord *record)
{
    Value &slot = values[static_cast<std::size_t>(plan.slot)];
    if (plan.cached) {
        slot = *plan.cached;
        return;
    }
    QString raw = rawText(plan, fields);
    if (raw.isEmpty() && !plan.defaultValue.isEmpty())
        raw = plan.defaultValue;
    const QString text = raw.isEmpty() ? raw : transformed(plan, raw);
    if (text.isEmpty()) {
        slot = Value {};
        if (plan.required)
            addIssue(record, origin, plan.sourceName, raw,
                     tr("%1 is required but blank").arg(plan.spec->name));
        return;
    }
    QString reason;
    auto parsed = parse(plan, text, fields, &reason);
    if (!parsed) {
        slot = Value {};
        addIssue(record, origin, plan.sourceName, raw, reason);
        return;
    }
    slot = std::move(*parsed);
    if (plan.constant)
        plan.cached = slot;
}

void RecordMapper::Private::checkTimeOrder(MappedRecord *record, const ImportRowOrigin &origin) const
{
    if (!has(S_created_at))
        return;
    const qint64 created = *number(S_created_at);
    for (int slot : { S_first_response_at, S_resolved_at, S_closed_at }) {
        const auto at = number(slot);
        if (!at || *at >= created)
            continue;
        QString column;
        for (const Plan &plan : plans) {
            if (plan.slot == slot)
                column = plan.sourceName;
        }
        addIssue(record, origin, column, utcText(*at),
                 tr("%1 (%2 UTC) is earlier than created_at (%3 UTC)")
                     .arg(QLatin1StringView(kSlotNames[static_cast<std::size_t>(slot)]), utcText(*at),
                          utcText(created)));
    }
}

bool RecordMapper::Private::checkDuplicate(const QString &key, const QString &what, const QString &column,
                                           const ImportRowOrigin &origin, MappedRecord *record,
                                           quint64 *hash) const
{
    *hash = qHash(key, 0);
    const auto it = seenKeys.constFind(*hash);
    if (it == seenKeys.cend())
        return true;
    addIssue(record, origin, column, key, tr("same %1 as row %2").arg(what).arg(it.value()));
    return false;
}

void RecordMapper::Private::fillAgent(ImportAgentFields *a) const
{
    const bool agentsFile = profile.kind == ImportKind::Agents;
    a->name = text(agentsFile ? S_name : S_agent);
    a->externalId = text(agentsFile ? S_external_id : S_agent_external_id);
    if (a->externalId.isEmpty())
        a->externalId = a->name;
    a->team = text(S_team);
    a->supervisor = text(agentsFile ? S_supervisor : S_agent_supervisor);
    a->manager = text(agentsFile ? S_manager : S_agent_manager);
    a->department = text(agentsFile ? S_department : S_agent_department);
    a->tier = text(agentsFile ? S_tier : S_agent_tier);
    a->shift = text(agentsFile ? S_shift : S_agent_shift);
    a->hireDate = date(agentsFile ? S_hire_date : S_agent_hire_date);
    a->tenureBucket = text(agentsFile ? S_tenure_bucket : S_agent_tenure_bucket);
    if (const auto days = number(agentsFile ? S_tenure_days : S_agent_tenure_days))
        a->tenureDays = int(*days);
    if (agentsFile) {
        a->englishName = text(S_english_name);
        a->status = text(S_status);
        a->leftDate = date(S_left_date);
        a->mentor = text(S_mentor);
        const std::pair<int, const char *> accounts[] = { { S_account_taobao, "taobao" },
                                                          { S_account_jd, "jd" },
                                                          { S_account_pdd, "pdd" },
                                                          { S_account_douyin, "douyin" },
                                                          { S_account_own, "own" } };
        for (const auto &[slot, platform] : accounts) {
            if (has(slot))
                a->accounts.insert(QString::fromLatin1(platform), text(slot));
        }
    } else if (has(S_agent_account) && has(S_platform)) {
        a->accounts.insert(text(S_platform), text(S_agent_account));
    }
}

void RecordMapper::Private::fillTicket(MappedRecord *record) const
{
    ImportTicketRow &t = record->ticket;
    t.externalId = text(S_external_id);
    t.platform = text(S_platform);
    t.channel = text(S_channel);
    t.type = text(S_type);
    t.category = text(S_category);
    t.priority = text(S_priority);
    t.status = text(S_status);
    t.tier = text(S_tier);
    if (has(S_agent))
        fillAgent(&t.agent);
    t.team = text(S_team);
    t.customerRef = text(S_customer_ref);
    t.orderId = text(S_order_id);
    t.orderAmountCents = number(S_order_amount);
    t.refundAmountCents = number(S_refund_amount);
    t.createdAt = number(S_created_at).value_or(0);
    t.firstResponseAt = number(S_first_response_at);
    t.resolvedAt = number(S_resolved_at);
    t.closedAt = number(S_closed_at);
    if (const auto n = number(S_reopen_count))
        t.reopenCount = int(*n);
    if (const auto n = number(S_escalated))
        t.escalated = *n != 0;
    t.handleSeconds = number(S_handle_seconds);
    if (const auto n = number(S_csat_score))
        t.csatScore = int(*n);
    t.csatAnsweredAt = number(S_csat_answered_at);
    t.csatComment = text(S_csat_comment);
    if (const auto n = number(S_is_inquiry))
        t.isInquiry = *n != 0;
    if (const auto n = number(S_converted))
        t.converted = *n != 0;
    t.tags = text(S_tags);
    t.aboutAgent = text(S_about_agent);
}

void RecordMapper::Private::fillMessages(const QStringList &fields, const ImportRowOrigin &origin,
                                         MappedRecord *record) const
{
    ImportMessageRow m;
    m.origin = origin;
    m.ticketExternalId = text(S_ticket_external_id);
    m.sentAt = number(S_sent_at);
    if (profile.layout != MessageLayout::ConversationPerRow) {
        if (profile.layout == MessageLayout::ReplyChain) {
            m.messageKey = text(S_message_id);
            m.replyToKey = text(S_reply_to);
        } else {
            m.conversationKey = text(S_conversation_id);
            m.messageKey = text(S_message_id);
        }
        m.speaker = text(S_speaker);
        m.text = text(S_text);
        m.position = int(qMin<qint64>(origin.row, std::numeric_limits<int>::max()));
        record->messages.append(m);
        return;
    }

    // One conversation per row: utterances run from the first utterance column to the last
    // non-empty cell; speakers alternate by column so a blank cell does not swap the roles.
    const qsizetype first = profile.firstUtteranceColumn - 1;
    qsizetype last = fields.size() - 1;
    while (last >= first && fields.at(last).trimmed().isEmpty())
        --last;
    QByteArray utterances;
    const qsizetype speakers = profile.alternatingSpeakers.size();
    for (qsizetype i = first; i <= last; ++i) {
        QString utterance = fields.at(i).trimmed();
        if (utterance.isEmpty())
            continue;
        if (textPlan)
            utterance = transformed(*textPlan, utterance);
        utterance = ValueParsers::withoutControlCharacters(utterance);
        if (utterance.size() > kMaxTextLength) {
            addIssue(record, origin, u"#%1"_s.arg(i + 1), utterance.left(80),
                     tr("longer than 65,536 characters"));
            continue;
        }
        ImportMessageRow u = m;
        u.speaker = profile.alternatingSpeakers.at((i - first) % speakers);
        u.text = utterance;
        u.position = int(record->messages.size());
        if (!utterances.isEmpty())
            utterances += "\x1f";
        utterances += utterance.toUtf8();
        record->messages.append(u);
    }
    if (record->messages.isEmpty()) {
        addIssue(record, origin, {}, {}, tr("the row has no utterances"));
        return;
    }
    const QString key = has(S_conversation_id)
        ? text(S_conversation_id)
        : "sha1:"_L1
            + QString::fromLatin1(
                QCryptographicHash::hash(utterances, QCryptographicHash::Sha1).toHex().left(16));
    for (ImportMessageRow &u : record->messages)
        u.conversationKey = key;
}

RecordMapper::RecordMapper(ImportProfile profile)
    : d(std::make_unique<Private>(std::move(profile)))
{
}

RecordMapper::~RecordMapper() = default;

const ImportProfile &RecordMapper::profile() const
{
    return d->profile;
}

QStringList RecordMapper::mappedFields() const
{
    QStringList names;
    for (auto it = d->profile.fields.begin(); it != d->profile.fields.end(); ++it) {
        if (!it.value().isEmpty() && !d->absentFields.contains(it.key()))
            names.append(it.key());
    }
    return names;
}

bool RecordMapper::prepare(const QStringList &header, QString *error)
{
    QStringList trimmed;
    trimmed.reserve(header.size());
    for (const QString &h : header)
        trimmed.append(h.trimmed());
    QStringList missing;
    auto resolve = [&](const QString &name) -> int {
        const QString wanted = name.trimmed();
        int index = int(trimmed.indexOf(wanted));
        if (index < 0) {
            for (qsizetype i = 0; i < trimmed.size() && index < 0; ++i) {
                if (trimmed.at(i).compare(wanted, Qt::CaseInsensitive) == 0)
                    index = int(i);
            }
        }
        if (index < 0 && wanted.startsWith(u'#')) {
            bool ok = false;
            const int n = wanted.mid(1).toInt(&ok);
            if (ok && n >= 1)
                index = n - 1;
        }
        if (index < 0 && !missing.contains(wanted))
            missing.append(wanted);
        return index;
    };

    QString invalid;
    if (!d->profile.validate(&invalid)) {
        if (error)
            *error = invalid;
        return false;
    }
    const ImportProfile &p = d->profile;
    d->plans.clear();
    d->seenKeys.clear();
    d->absentFields.clear();
    auto resolveQuietly = [&](const QString &name) {
        const qsizetype before = missing.size();
        const int index = resolve(name);
        missing.resize(before);
        return index;
    };
    d->headerSize = header.size();
    for (auto it = p.fields.begin(); it != p.fields.end(); ++it) {
        const FieldMapping &m = it.value();
        Plan plan;
        plan.spec = ImportFieldCatalog::find(p.kind, it.key());
        plan.slot = slotOf(it.key());
        Q_ASSERT(plan.spec && plan.slot >= 0);
        plan.required = plan.spec->required;
        if (p.kind == ImportKind::Messages) {
            const QString &n = plan.spec->name;
            const bool perRow = p.layout == MessageLayout::MessagePerRow;
            const bool chain = p.layout == MessageLayout::ReplyChain;
            plan.required = plan.required || (perRow && n == "conversation_id"_L1)
                || (chain && n == "message_id"_L1) // reply_to is blank on a chain's root
                || (p.layout != MessageLayout::ConversationPerRow && (n == "speaker"_L1 || n == "text"_L1));
            plan.perUtterance
                = p.layout == MessageLayout::ConversationPerRow && (n == "speaker"_L1 || n == "text"_L1);
        }
        if (!m.column.isEmpty() && !plan.required && resolveQuietly(m.column) < 0) {
            // An optional column this export leaves out is simply not imported (and not
            // compared on update), so one profile serves narrower and wider exports alike.
            d->absentFields.insert(it.key());
            continue;
        }
        if (!m.column.isEmpty()) {
            plan.column = resolve(m.column);
            plan.sourceName
                = plan.column >= 0 && plan.column < header.size() ? header.at(plan.column) : m.column;
        } else if (!m.columns.isEmpty()) {
            QStringList names;
            for (const QString &c : m.columns) {
                const int index = resolve(c);
                plan.columns.append(index);
                names.append(index >= 0 && index < header.size() ? header.at(index) : c);
            }
            plan.sourceName = names.join(" + "_L1);
        } else {
            plan.constant = true;
            plan.constantText = m.value.trimmed();
        }
        plan.join = m.join;
        plan.defaultValue = m.defaultValue.trimmed();
        for (const QString &t : m.transforms) {
            plan.transforms.push_back(t == "integer"_L1               ? Integer
                                          : t == "join_cjk_spaces"_L1 ? JoinCjk
                                          : t == "lower"_L1           ? Lower
                                                                      : Upper);
        }
        for (auto mt = m.map.begin(); mt != m.map.end(); ++mt) {
            plan.exactMap.insert(mt.key().trimmed(), mt.value().trimmed());
            plan.foldedMap.insert(mt.key().trimmed().toLower(), mt.value().trimmed());
        }
        for (const QString &f : m.formats)
            plan.formats.emplace_back(f);
        if (!m.addSecondsColumn.isEmpty())
            plan.addSecondsColumn = resolve(m.addSecondsColumn);
        if (plan.spec->type == FieldType::Duration)
            plan.durationUnit
                = ValueParsers::durationUnitFromName(m.unit).value_or(ValueParsers::DurationUnit::Seconds);
        plan.moneyInCents = m.unit == "cents"_L1;
        if (plan.spec->type == FieldType::Enum)
            plan.codes = ImportFieldCatalog::vocabularyCodes(plan.spec->vocabulary);
        d->plans.push_back(std::move(plan));
    }
    d->textPlan = nullptr;
    for (const Plan &plan : d->plans) {
        if (plan.perUtterance && plan.slot == S_text)
            d->textPlan = &plan;
    }
    d->filterColumn = p.rowFilter.isEmpty() ? -1 : resolve(p.rowFilter.column);
    d->filterValues.clear();
    for (const QString &v : p.rowFilter.values)
        d->filterValues.append(v.trimmed());

    if (!missing.isEmpty()) {
        QStringList quoted;
        for (const QString &name : std::as_const(missing))
            quoted.append(u"“%1”"_s.arg(name));
        if (error)
            *error = tr("The file has no column %1.", nullptr, int(missing.size())).arg(quoted.join(", "_L1));
        return false;
    }
    d->prepared = true;
    return true;
}

void RecordMapper::reserveKeys(qsizetype records)
{
    if (records > d->seenKeys.capacity())
        d->seenKeys.reserve(records);
}

MappedRecord RecordMapper::map(const QStringList &fields, const ImportRowOrigin &origin)
{
    MappedRecord record;
    Q_ASSERT(d->prepared);
    const ImportProfile &p = d->profile;
    if (d->filterColumn >= 0) {
        const QString cell
            = d->filterColumn < fields.size() ? fields.at(d->filterColumn).trimmed() : QString();
        if (!d->filterValues.contains(cell)) {
            record.state = MappedRecord::State::Skipped;
            return record;
        }
    }
    // Short rows read missing cells as blank; extra cells only matter when they hold data.
    // Conversations per row run to their last utterance, so they have no fixed width.
    if (fields.size() > d->headerSize && p.layout != MessageLayout::ConversationPerRow) {
        for (qsizetype i = d->headerSize; i < fields.size(); ++i) {
            if (!fields.at(i).trimmed().isEmpty()) {
                d->addIssue(&record, origin, {}, {},
                            tr("row has %1 fields, header has %2").arg(fields.size()).arg(d->headerSize));
                break;
            }
        }
    }
    for (Plan &plan : d->plans) {
        if (!plan.perUtterance)
            d->process(plan, fields, origin, &record);
    }

    // Duplicate keys within the file; remembered only for records that are imported.
    QString key;
    QString keyName;
    QString keyColumn;
    int keySlot = -1;
    switch (p.kind) {
    case ImportKind::Tickets:
        d->checkTimeOrder(&record, origin);
        keySlot = S_external_id;
        keyName = tr("external id");
        break;
    case ImportKind::Agents:
        keySlot = d->has(S_external_id) ? S_external_id : S_name;
        keyName = keySlot == S_external_id ? tr("external id") : tr("name");
        break;
    case ImportKind::Messages:
        if (p.layout == MessageLayout::ReplyChain) {
            keySlot = S_message_id;
            keyName = tr("message id");
        }
        break;
    case ImportKind::Csat:
        keySlot = S_ticket_external_id;
        keyName = tr("ticket id");
        break;
    }
    quint64 hash = 0;
    bool fresh = true;
    if (keySlot >= 0 && d->has(keySlot)) {
        key = d->text(keySlot);
        for (const Plan &plan : d->plans) {
            if (plan.slot == keySlot)
                keyColumn = plan.sourceName;
        }
        fresh = d->checkDuplicate(key, keyName, keyColumn, origin, &record, &hash);
    }

    switch (p.kind) {
    case ImportKind::Tickets:
        record.ticket.origin = origin;
        d->fillTicket(&record);
        break;
    case ImportKind::Agents:
        record.agent.origin = origin;
        d->fillAgent(&record.agent.agent);
        break;
    case ImportKind::Messages:
        d->fillMessages(fields, origin, &record);
        break;
    case ImportKind::Csat:
        record.csat.origin = origin;
        record.csat.ticketExternalId = d->text(S_ticket_external_id);
        record.csat.csatScore = int(d->number(S_csat_score).value_or(0));
        record.csat.csatAnsweredAt = d->number(S_csat_answered_at);
        record.csat.csatComment = d->text(S_csat_comment);
        break;
    }

    if (!record.issues.isEmpty()) {
        record.state = MappedRecord::State::Rejected;
    } else if (fresh && !key.isEmpty()) {
        d->seenKeys.insert(hash, origin.row);
    }
    return record;
}
