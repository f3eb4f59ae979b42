#include "KpiResult.h"

const KpiFigure *KpiResult::figure(const QString &key) const
{
    for (const KpiFigure &figure : figures) {
        if (figure.key == key)
            return &figure;
    }
    return nullptr;
}

namespace {
const char *const ScopeCodes[] = { "agent", "team", "department", "center" };
} // namespace

QString KpiScopes::code(KpiScope scope)
{
    return QString::fromLatin1(ScopeCodes[static_cast<int>(scope)]);
}

std::optional<KpiScope> KpiScopes::fromCode(const QString &code)
{
    for (int i = 0; i < 4; ++i) {
        if (code == QLatin1StringView(ScopeCodes[i]))
            return static_cast<KpiScope>(i);
    }
    return std::nullopt;
}

QString KpiScopes::statusCode(KpiFigureStatus status)
{
    switch (status) {
    case KpiFigureStatus::Ok:
        return QStringLiteral("ok");
    case KpiFigureStatus::Insufficient:
        return QStringLiteral("insufficient");
    case KpiFigureStatus::NotApplicable:
        return QStringLiteral("not_applicable");
    case KpiFigureStatus::NotAvailable:
        return QStringLiteral("not_available");
    }
    return {};
}
