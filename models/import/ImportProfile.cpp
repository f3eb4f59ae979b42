#include "ImportProfile.h"

#include "DateTimeFormat.h"
#include "ImportFieldCatalog.h"
#include "ValueParsers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

const QStringList kTopLevelKeys = { u"teamlens_import_profile"_s,
                                    u"name"_s,
                                    u"title"_s,
                                    u"description"_s,
                                    u"kind"_s,
                                    u"source_system"_s,
                                    u"time_zone"_s,
                                    u"file"_s,
                                    u"match_headers"_s,
                                    u"unknown_agents"_s,
                                    u"row_filter"_s,
                                    u"layout"_s,
                                    u"first_utterance_column"_s,
                                    u"alternating_speakers"_s,
                                    u"fields"_s };
const QStringList kFileKeys = { u"encoding"_s, u"separator"_s, u"sheet"_s, u"header"_s };
const QStringList kMappingKeys = { u"column"_s,    u"columns"_s, u"join"_s,
                                   u"value"_s,     u"default"_s, u"map"_s,
                                   u"formats"_s,   u"unit"_s,    u"add_seconds_column"_s,
                                   u"transforms"_s };
const QStringList kRowFilterKeys = { u"column"_s, u"values"_s };
const QStringList kTransforms = { u"integer"_s, u"join_cjk_spaces"_s, u"lower"_s, u"upper"_s };

QString layoutCode(MessageLayout layout)
{
    switch (layout) {
    case MessageLayout::MessagePerRow:
        return u"message_per_row"_s;
    case MessageLayout::ReplyChain:
        return u"reply_chain"_s;
    case MessageLayout::ConversationPerRow:
        return u"conversation_per_row"_s;
    }
    return {};
}

/**
 * Reads one JSON object member by member; the first problem wins and is reported with its key
 * path, so a lead editing a profile by hand sees exactly where it went wrong.
 */
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(ImportProfile)

public:
    QString error;

    bool ok() const { return error.isEmpty(); }

    void fail(const QString &path, const QString &reason)
    {
        if (error.isEmpty())
            error = tr("%1: %2").arg(path, reason);
    }

    void checkKeys(const QJsonObject &object, const QStringList &known, const QString &prefix)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()))
                fail(prefix + it.key(), tr("unknown key"));
        }
    }

    // Scalars become text so "value": 1 and "value": "1" mean the same.
    QString text(const QJsonObject &object, const QString &key, const QString &path)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (v.isString())
            return v.toString();
        if (v.isDouble()) {
            const double d = v.toDouble();
            return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
        }
        if (v.isBool())
            return v.toBool() ? u"true"_s : u"false"_s;
        fail(path, tr("expected text"));
        return {};
    }

    QStringList list(const QJsonObject &object, const QString &key, const QString &path)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (v.isString())
            return { v.toString() };
        if (!v.isArray()) {
            fail(path, tr("expected a list of texts"));
            return {};
        }
        QStringList out;
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString()) {
                fail(u"%1[%2]"_s.arg(path).arg(i), tr("expected text"));
                return {};
            }
            out.append(array.at(i).toString());
        }
        return out;
    }

    QJsonObject object(const QJsonObject &parent, const QString &key, const QString &path)
    {
        const QJsonValue v = parent.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject())
            fail(path, tr("expected an object"));
        return v.toObject();
    }

    FieldMapping mapping(const QJsonValue &value, const QString &path)
    {
        FieldMapping m;
        if (value.isString()) {
            m.column = value.toString();
            return m;
        }
        if (!value.isObject()) {
            fail(path, tr("expected a column name or an object"));
            return m;
        }
        const QJsonObject o = value.toObject();
        checkKeys(o, kMappingKeys, path + u'.');
        const QString p = path + u'.';
        m.column = text(o, u"column"_s, p + "column"_L1);
        m.columns = list(o, u"columns"_s, p + "columns"_L1);
        if (o.contains("join"_L1))
            m.join = text(o, u"join"_s, p + "join"_L1);
        m.value = text(o, u"value"_s, p + "value"_L1);
        m.defaultValue = text(o, u"default"_s, p + "default"_L1);
        const QJsonObject map = object(o, u"map"_s, p + "map"_L1);
        for (auto it = map.begin(); it != map.end(); ++it)
            m.map.insert(it.key(), text(map, it.key(), p + "map."_L1 + it.key()));
        m.formats = list(o, u"formats"_s, p + "formats"_L1);
        m.unit = text(o, u"unit"_s, p + "unit"_L1);
        m.addSecondsColumn = text(o, u"add_seconds_column"_s, p + "add_seconds_column"_L1);
        m.transforms = list(o, u"transforms"_s, p + "transforms"_L1);
        return m;
    }
};

QJsonValue mappingToJson(const FieldMapping &m)
{
    FieldMapping columnOnly;
    columnOnly.column = m.column;
    if (m == columnOnly)
        return m.column;
    QJsonObject o;
    if (!m.column.isEmpty())
        o.insert("column"_L1, m.column);
    if (!m.columns.isEmpty())
        o.insert("columns"_L1, QJsonArray::fromStringList(m.columns));
    if (m.join != FieldMapping().join)
        o.insert("join"_L1, m.join);
    if (!m.value.isEmpty())
        o.insert("value"_L1, m.value);
    if (!m.defaultValue.isEmpty())
        o.insert("default"_L1, m.defaultValue);
    if (!m.map.isEmpty()) {
        QJsonObject map;
        for (auto it = m.map.begin(); it != m.map.end(); ++it)
            map.insert(it.key(), it.value());
        o.insert("map"_L1, map);
    }
    if (!m.formats.isEmpty())
        o.insert("formats"_L1, QJsonArray::fromStringList(m.formats));
    if (!m.unit.isEmpty())
        o.insert("unit"_L1, m.unit);
    if (!m.addSecondsColumn.isEmpty())
        o.insert("add_seconds_column"_L1, m.addSecondsColumn);
    if (!m.transforms.isEmpty())
        o.insert("transforms"_L1, QJsonArray::fromStringList(m.transforms));
    return o;
}

bool isEnumCode(const QStringList &codes, const QString &value)
{
    return codes.contains(value.trimmed(), Qt::CaseInsensitive);
}

} // namespace

QString ImportProfile::kindCode(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Tickets:
        return u"tickets"_s;
    case ImportKind::Agents:
        return u"agents"_s;
    case ImportKind::Messages:
        return u"messages"_s;
    case ImportKind::Csat:
        return u"csat"_s;
    }
    return {};
}

bool ImportProfile::kindFromCode(const QString &code, ImportKind *kind)
{
    for (ImportKind k : { ImportKind::Tickets, ImportKind::Agents, ImportKind::Messages, ImportKind::Csat }) {
        if (kindCode(k) == code) {
            *kind = k;
            return true;
        }
    }
    return false;
}

bool ImportProfile::fromJson(const QByteArray &json, ImportProfile *profile, QString *error)
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failWith(tr("not a JSON document: %1 (at character %2)")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
    if (!doc.isObject())
        return failWith(tr("a profile must be a JSON object"));
    const QJsonObject o = doc.object();

    JsonReader r;
    const QJsonValue version = o.value("teamlens_import_profile"_L1);
    if (version.isUndefined())
        return failWith(tr("teamlens_import_profile: missing; this is not a TeamLens import profile"));
    if (!version.isDouble() || version.toDouble() != kFormatVersion)
        return failWith(tr("teamlens_import_profile: format version %1 is not supported (expected %2)")
                            .arg(version.toVariant().toString())
                            .arg(kFormatVersion));
    r.checkKeys(o, kTopLevelKeys, {});

    ImportProfile p;
    p.name = r.text(o, u"name"_s, u"name"_s);
    p.title = r.text(o, u"title"_s, u"title"_s);
    p.description = r.text(o, u"description"_s, u"description"_s);
    const QString kind = r.text(o, u"kind"_s, u"kind"_s);
    if (kind.isEmpty())
        r.fail(u"kind"_s, tr("missing (tickets, agents, messages or csat)"));
    else if (!kindFromCode(kind, &p.kind))
        r.fail(u"kind"_s,
               tr("“%1” is not an import kind (expected tickets, agents, messages or csat)").arg(kind));
    p.sourceSystem = r.text(o, u"source_system"_s, u"source_system"_s);
    p.timeZone = r.text(o, u"time_zone"_s, u"time_zone"_s);

    const QJsonObject file = r.object(o, u"file"_s, u"file"_s);
    r.checkKeys(file, kFileKeys, u"file."_s);
    p.file.encoding = r.text(file, u"encoding"_s, u"file.encoding"_s).toLatin1();
    p.file.separator = r.text(file, u"separator"_s, u"file.separator"_s);
    if (p.file.separator == "\\t"_L1 || p.file.separator == "tab"_L1)
        p.file.separator = u"\t"_s;
    p.file.sheet = r.text(file, u"sheet"_s, u"file.sheet"_s);
    if (file.contains("header"_L1)) {
        if (!file.value("header"_L1).isBool())
            r.fail(u"file.header"_s, tr("expected true or false"));
        p.file.hasHeader = file.value("header"_L1).toBool(true);
    }

    p.matchHeaders = r.list(o, u"match_headers"_s, u"match_headers"_s);
    const QString unknownAgents = r.text(o, u"unknown_agents"_s, u"unknown_agents"_s);
    if (unknownAgents == "reject"_L1)
        p.unknownAgents = UnknownAgentPolicy::Reject;
    else if (!unknownAgents.isEmpty() && unknownAgents != "create"_L1)
        r.fail(u"unknown_agents"_s,
               tr("“%1” is not a policy (expected create or reject)").arg(unknownAgents));

    const QJsonObject filter = r.object(o, u"row_filter"_s, u"row_filter"_s);
    r.checkKeys(filter, kRowFilterKeys, u"row_filter."_s);
    p.rowFilter.column = r.text(filter, u"column"_s, u"row_filter.column"_s);
    p.rowFilter.values = r.list(filter, u"values"_s, u"row_filter.values"_s);

    const bool messageKeys = o.contains("layout"_L1) || o.contains("first_utterance_column"_L1)
        || o.contains("alternating_speakers"_L1);
    if (messageKeys && r.ok() && p.kind != ImportKind::Messages)
        r.fail(u"layout"_s, tr("layouts only apply to messages imports"));
    const QString layout = r.text(o, u"layout"_s, u"layout"_s);
    if (layout == "reply_chain"_L1)
        p.layout = MessageLayout::ReplyChain;
    else if (layout == "conversation_per_row"_L1)
        p.layout = MessageLayout::ConversationPerRow;
    else if (!layout.isEmpty() && layout != "message_per_row"_L1)
        r.fail(u"layout"_s,
               tr("“%1” is not a layout (expected message_per_row, reply_chain or conversation_per_row)")
                   .arg(layout));
    const QJsonValue first = o.value("first_utterance_column"_L1);
    if (!first.isUndefined()) {
        if (!first.isDouble() || first.toDouble() != double(first.toInt()))
            r.fail(u"first_utterance_column"_s, tr("expected a column number"));
        p.firstUtteranceColumn = first.toInt();
    }
    p.alternatingSpeakers = r.list(o, u"alternating_speakers"_s, u"alternating_speakers"_s);

    const QJsonObject fields = r.object(o, u"fields"_s, u"fields"_s);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        p.fields.insert(it.key(), r.mapping(it.value(), "fields."_L1 + it.key()));

    if (!r.ok())
        return failWith(r.error);
    QString invalid;
    if (!p.validate(&invalid))
        return failWith(invalid);
    *profile = p;
    return true;
}

QByteArray ImportProfile::toJson() const
{
    QJsonObject o;
    o.insert("teamlens_import_profile"_L1, kFormatVersion);
    o.insert("name"_L1, name);
    if (!title.isEmpty())
        o.insert("title"_L1, title);
    if (!description.isEmpty())
        o.insert("description"_L1, description);
    o.insert("kind"_L1, kindCode(kind));
    if (!sourceSystem.isEmpty())
        o.insert("source_system"_L1, sourceSystem);
    if (!timeZone.isEmpty())
        o.insert("time_zone"_L1, timeZone);
    QJsonObject f;
    f.insert("encoding"_L1, QString::fromLatin1(file.encoding));
    f.insert("separator"_L1, file.separator);
    f.insert("sheet"_L1, file.sheet);
    f.insert("header"_L1, file.hasHeader);
    o.insert("file"_L1, f);
    if (!matchHeaders.isEmpty())
        o.insert("match_headers"_L1, QJsonArray::fromStringList(matchHeaders));
    o.insert("unknown_agents"_L1, unknownAgents == UnknownAgentPolicy::Reject ? u"reject"_s : u"create"_s);
    if (!rowFilter.isEmpty() || !rowFilter.values.isEmpty()) {
        QJsonObject filter;
        filter.insert("column"_L1, rowFilter.column);
        filter.insert("values"_L1, QJsonArray::fromStringList(rowFilter.values));
        o.insert("row_filter"_L1, filter);
    }
    if (kind == ImportKind::Messages) {
        o.insert("layout"_L1, layoutCode(layout));
        if (firstUtteranceColumn != 0)
            o.insert("first_utterance_column"_L1, firstUtteranceColumn);
        if (!alternatingSpeakers.isEmpty())
            o.insert("alternating_speakers"_L1, QJsonArray::fromStringList(alternatingSpeakers));
    }
    QJsonObject fieldObject;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        fieldObject.insert(it.key(), mappingToJson(it.value()));
    o.insert("fields"_L1, fieldObject);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool ImportProfile::validate(QString *error) const
{
    auto fail = [error](const QString &path, const QString &reason) {
        if (error)
            *error = tr("%1: %2").arg(path, reason);
        return false;
    };
    if (name.isEmpty())
        return fail(u"name"_s, tr("missing"));
    for (QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_' && c != u'.')
            return fail(u"name"_s, tr("“%1” may only hold letters, digits, '-', '_' and '.'").arg(name));
    }
    if (!timeZone.isEmpty() && !ZoneConverter(timeZone).isValid())
        return fail(u"time_zone"_s, tr("“%1” is not an IANA time zone (like Asia/Shanghai)").arg(timeZone));
    if (file.separator.size() > 1)
        return fail(u"file.separator"_s, tr("“%1” is not one character").arg(file.separator));
    if (!rowFilter.isEmpty() && rowFilter.values.isEmpty())
        return fail(u"row_filter.values"_s, tr("missing"));
    if (rowFilter.isEmpty() && !rowFilter.values.isEmpty())
        return fail(u"row_filter.column"_s, tr("missing"));

    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString path = "fields."_L1 + it.key();
        const FieldSpec *spec = ImportFieldCatalog::find(kind, it.key());
        if (!spec)
            return fail(path, tr("not a field of %1 imports").arg(kindCode(kind)));
        const FieldMapping &m = it.value();
        const int sources = int(!m.column.isEmpty()) + int(!m.columns.isEmpty()) + int(!m.value.isEmpty());
        if (sources != 1)
            return fail(path, tr("give exactly one of column, columns or value"));
        const bool isDate = spec->type == FieldType::DateTime || spec->type == FieldType::Date;
        if (!m.formats.isEmpty() && !isDate)
            return fail(path + ".formats"_L1, tr("formats only apply to dates"));
        for (const QString &format : m.formats) {
            const DateTimeFormat compiled(format);
            if (!compiled.isValid())
                return fail(path + ".formats"_L1,
                            tr("“%1” is not a date format: %2").arg(format, compiled.errorString()));
        }
        if (!m.addSecondsColumn.isEmpty() && spec->type != FieldType::DateTime)
            return fail(path + ".add_seconds_column"_L1, tr("only applies to date and time fields"));
        if (!m.unit.isEmpty()) {
            const bool moneyUnit = m.unit == "units"_L1 || m.unit == "cents"_L1;
            if (spec->type == FieldType::Money
                    ? !moneyUnit
                    : spec->type != FieldType::Duration || !ValueParsers::durationUnitFromName(m.unit)) {
                return fail(
                    path + ".unit"_L1,
                    spec->type == FieldType::Money
                        ? tr("“%1” is not a money unit (expected units or cents)").arg(m.unit)
                        : spec->type == FieldType::Duration
                        ? tr("“%1” is not a duration unit (expected seconds, minutes, hours or hh:mm:ss)")
                              .arg(m.unit)
                        : tr("units only apply to money and durations"));
            }
        }
        for (const QString &t : m.transforms) {
            if (!kTransforms.contains(t))
                return fail(
                    path + ".transforms"_L1,
                    tr("“%1” is not a transform (expected integer, join_cjk_spaces, lower or upper)").arg(t));
        }
        if (spec->type == FieldType::Enum) {
            const QStringList codes = ImportFieldCatalog::vocabularyCodes(spec->vocabulary);
            for (auto mt = m.map.begin(); mt != m.map.end(); ++mt) {
                if (!isEnumCode(codes, mt.value()))
                    return fail(path + ".map."_L1 + mt.key(),
                                tr("“%1” is not a code (expected %2)").arg(mt.value(), codes.join(", "_L1)));
            }
            QString constant = m.value;
            for (auto mt = m.map.begin(); mt != m.map.end(); ++mt) {
                if (mt.key().trimmed().compare(constant.trimmed(), Qt::CaseInsensitive) == 0)
                    constant = mt.value();
            }
            if (!m.value.isEmpty() && !isEnumCode(codes, constant))
                return fail(path + ".value"_L1,
                            tr("“%1” is not a code (expected %2)").arg(m.value, codes.join(", "_L1)));
        }
    }

    QStringList required;
    for (const FieldSpec &spec : ImportFieldCatalog::fields(kind)) {
        if (spec.required)
            required.append(spec.name);
    }
    if (kind == ImportKind::Messages) {
        switch (layout) {
        case MessageLayout::MessagePerRow:
            required << u"conversation_id"_s << u"speaker"_s << u"text"_s;
            break;
        case MessageLayout::ReplyChain:
            required << u"message_id"_s << u"reply_to"_s << u"speaker"_s << u"text"_s;
            break;
        case MessageLayout::ConversationPerRow:
            if (firstUtteranceColumn < 1)
                return fail(u"first_utterance_column"_s,
                            tr("missing (the 1-based column of the first utterance)"));
            if (alternatingSpeakers.isEmpty())
                return fail(u"alternating_speakers"_s, tr("missing (for example customer, agent)"));
            for (const QString &speaker : alternatingSpeakers) {
                if (!ImportFieldCatalog::vocabularyCodes(u"speaker"_s).contains(speaker))
                    return fail(
                        u"alternating_speakers"_s,
                        tr("“%1” is not a speaker (expected customer, agent, bot or system)").arg(speaker));
            }
            break;
        }
    }
    for (const QString &field : std::as_const(required)) {
        if (!fields.contains(field) || fields.value(field).isEmpty())
            return fail("fields."_L1 + field, tr("required, but not mapped"));
    }
    return true;
}

bool ImportProfile::matches(const QStringList &header) const
{
    if (matchHeaders.isEmpty())
        return false;
    QSet<QString> names;
    for (const QString &h : header)
        names.insert(h.trimmed());
    for (const QString &wanted : matchHeaders) {
        if (!names.contains(wanted.trimmed()))
            return false;
    }
    return true;
}
