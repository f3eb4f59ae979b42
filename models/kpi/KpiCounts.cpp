#include "KpiCounts.h"

#include <QtEndian>

#include <algorithm>

void KpiCounts::merge(const KpiCounts &other)
{
    handled += other.handled;
    frtN += other.frtN;
    frtSum += other.frtSum;
    slaMet += other.slaMet;
    slaMissed += other.slaMissed;
    resolved += other.resolved;
    resolutionN += other.resolutionN;
    resolutionSum += other.resolutionSum;
    fcr += other.fcr;
    reopened += other.reopened;
    csatN += other.csatN;
    csatTop += other.csatTop;
    csatSum += other.csatSum;
    complaints += other.complaints;
    escalated += other.escalated;
    inquiries += other.inquiries;
    converted += other.converted;
    ahtN += other.ahtN;
    ahtSum += other.ahtSum;
    frtValues.insert(frtValues.end(), other.frtValues.begin(), other.frtValues.end());
    resolutionValues.insert(resolutionValues.end(), other.resolutionValues.begin(),
                            other.resolutionValues.end());
    slaPendingDue.insert(slaPendingDue.end(), other.slaPendingDue.begin(), other.slaPendingDue.end());
    messages.merge(other.messages);
}

void KpiCounts::sortValues()
{
    std::sort(frtValues.begin(), frtValues.end());
    std::sort(resolutionValues.begin(), resolutionValues.end());
    std::sort(slaPendingDue.begin(), slaPendingDue.end());
}

bool KpiCounts::isEmpty() const
{
    return *this == KpiCounts();
}

QByteArray KpiCounts::packInt32(const std::vector<qint32> &values)
{
    QByteArray bytes(static_cast<qsizetype>(values.size() * sizeof(qint32)), Qt::Uninitialized);
    char *out = bytes.data();
    for (const qint32 value : values) {
        qToLittleEndian(value, out);
        out += sizeof(qint32);
    }
    return bytes;
}

QByteArray KpiCounts::packInt64(const std::vector<qint64> &values)
{
    QByteArray bytes(static_cast<qsizetype>(values.size() * sizeof(qint64)), Qt::Uninitialized);
    char *out = bytes.data();
    for (const qint64 value : values) {
        qToLittleEndian(value, out);
        out += sizeof(qint64);
    }
    return bytes;
}

void KpiCounts::appendInt32(const char *data, qsizetype bytes, std::vector<qint32> *out)
{
    const auto count = static_cast<std::size_t>(bytes) / sizeof(qint32);
    const std::size_t first = out->size();
    out->resize(first + count);
    for (std::size_t i = 0; i < count; ++i)
        (*out)[first + i] = qFromLittleEndian<qint32>(data + i * sizeof(qint32));
}

void KpiCounts::appendInt64(const char *data, qsizetype bytes, std::vector<qint64> *out)
{
    const auto count = static_cast<std::size_t>(bytes) / sizeof(qint64);
    const std::size_t first = out->size();
    out->resize(first + count);
    for (std::size_t i = 0; i < count; ++i)
        (*out)[first + i] = qFromLittleEndian<qint64>(data + i * sizeof(qint64));
}
