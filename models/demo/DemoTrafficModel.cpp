#include "DemoTrafficModel.h"

#include "DemoRandom.h"

#include <algorithm>
#include <cmath>

namespace {

// Relative arrivals per local hour: quiet at night, peaks 10–11 and 20–22.
constexpr std::array<double, 24> HourWeights
    = { 0.9, 0.45, 0.25, 0.18, 0.15, 0.25, 0.6, 1.4, 3.0, 4.6, 6.2, 6.3,
        4.2, 4.6,  5.1,  5.0,  4.8,  4.3,  4.1, 4.9, 6.4, 6.8, 6.1, 3.2 };
constexpr double WeekendFactor = 0.72;

struct Promotion
{
    int month;
    int day;
    double factor;
    const char *name;
};

// Shopping festivals and the after-sales wave (returns, refunds, logistics questions) after them.
constexpr std::array<Promotion, 12> Promotions = { {
    { 10, 31, 1.5, "双11预售" },
    { 11, 1, 1.6, "双11预售" },
    { 11, 10, 1.8, "双11" },
    { 11, 11, 4.0, "双11" },
    { 11, 12, 2.4, "双11" },
    { 11, 13, 1.7, "双11" },
    { 11, 14, 1.3, "双11" },
    { 6, 17, 1.5, "618" },
    { 6, 18, 2.8, "618" },
    { 6, 19, 1.6, "618" },
    { 12, 12, 2.2, "双12" },
    { 12, 13, 1.4, "双12" },
} };

} // namespace

DemoTrafficModel::DemoTrafficModel(const QTimeZone &zone, QDate firstDay, QDate lastDay)
{
    for (QDate date = firstDay; date <= lastDay; date = date.addDays(1)) {
        DemoDay day;
        day.date = date;
        day.startEpoch = QDateTime(date, QTime(0, 0), zone).toSecsSinceEpoch();
        day.endEpoch = QDateTime(date.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
        m_days.push_back(day);
    }
    double total = 0;
    for (std::size_t hour = 0; hour < HourWeights.size(); ++hour) {
        total += HourWeights.at(hour);
        m_hourCumulative.at(hour) = total;
    }
}

double DemoTrafficModel::promotionFactor(QDate date, const char **name)
{
    for (const Promotion &promotion : Promotions) {
        if (date.month() == promotion.month && date.day() == promotion.day) {
            if (name)
                *name = promotion.name;
            return promotion.factor;
        }
    }
    return 1.0;
}

void DemoTrafficModel::distribute(qint64 total, DemoRandom &random)
{
    std::vector<double> weights;
    double sum = 0;
    for (DemoDay &day : m_days) {
        double weight = day.date.dayOfWeek() >= 6 ? WeekendFactor : 1.0;
        weight *= promotionFactor(day.date, &day.promotion);
        weight *= std::clamp(random.normal(1.0, 0.06), 0.8, 1.2);
        weights.push_back(weight);
        sum += weight;
    }
    const double mean = sum / static_cast<double>(std::max<std::size_t>(1, m_days.size()));
    qint64 assigned = 0;
    std::vector<std::pair<double, std::size_t>> remainders;
    for (std::size_t i = 0; i < m_days.size(); ++i) {
        const double exact = static_cast<double>(total) * weights[i] / sum;
        m_days[i].tickets = static_cast<qint64>(std::floor(exact));
        m_days[i].load = weights[i] / mean;
        assigned += m_days[i].tickets;
        remainders.emplace_back(exact - std::floor(exact), i);
    }
    // Largest remainders first; the index breaks ties so the order never depends on the sort.
    std::sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (std::size_t i = 0; assigned < total && i < remainders.size(); ++i, ++assigned)
        ++m_days[remainders[i].second].tickets;
}

void DemoTrafficModel::drawInstants(const DemoDay &day, DemoRandom &random,
                                    std::vector<qint64> *instants) const
{
    instants->clear();
    instants->reserve(static_cast<std::size_t>(day.tickets));
    const qint64 length = day.endEpoch - day.startEpoch;
    const double hourLength = static_cast<double>(length) / 24.0; // DST days stretch or shrink evenly
    for (qint64 i = 0; i < day.tickets; ++i) {
        const int hour = random.fromCumulative(m_hourCumulative);
        const auto offset = static_cast<qint64>((hour + random.uniform()) * hourLength);
        instants->push_back(day.startEpoch + std::min(offset, length - 1));
    }
    std::sort(instants->begin(), instants->end());
}

int DemoTrafficModel::localHour(const DemoDay &day, qint64 epoch)
{
    const qint64 length = day.endEpoch - day.startEpoch;
    return static_cast<int>(
        std::clamp<qint64>((epoch - day.startEpoch) * 24 / std::max<qint64>(1, length), 0, 23));
}
