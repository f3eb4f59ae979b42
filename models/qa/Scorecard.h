#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

/** How a criterion is answered (PRODUCT.md "QA scorecards"). */
enum class ScaleKind {
    PassFailNa, // 1 = pass (all points), 0 = fail (none)
    OneToFive, // 1 earns nothing, 5 earns all points, linear between
    ZeroToN, // k of scaleMax earns k ÷ scaleMax of the points
};

/** What an N/A answer does to the total. */
enum class NaPolicy {
    ExcludeFromPossible, // the criterion's points leave the possible total
    CountsAsPass, // N/A earns the full points
};

/** What failing a critical criterion does. */
enum class CriticalLevel {
    None,
    Section, // the criterion's section scores 0
    Review, // the whole review scores 0
};

/** One criterion of a scorecard template version. key is stable across versions ("privacy"). */
struct ScorecardCriterion
{
    qint64 id = 0; // 0 = not stored yet
    QString key;
    QString titleZh;
    QString titleEn;
    QString guidanceZh;
    QString guidanceEn;
    double points = 0;
    ScaleKind scale = ScaleKind::PassFailNa;
    int scaleMax = 0; // ZeroToN only
    bool allowNa = true;
    NaPolicy naPolicy = NaPolicy::ExcludeFromPossible;
    CriticalLevel critical = CriticalLevel::None;

    /** The highest value an answer may take (1, 5 or scaleMax). */
    int maxValue() const;
    /** The lowest valid value (0, 1 or 0); answering it on a critical criterion is a critical fail. */
    int minValue() const;
};

struct ScorecardSection
{
    qint64 id = 0;
    QString titleZh;
    QString titleEn;
    QList<ScorecardCriterion> criteria;

    /** The sum of its criteria's points. */
    double points() const;
};

/**
 * One version of a scorecard template (质检评分卡): sections of criteria. A stored version that any
 * review or calibration session uses is immutable; ScorecardTemplateRepository saves an edit to it
 * as the next version. A plain value type, safe to copy between threads.
 */
struct ScorecardTemplate
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardTemplate)

public:
    qint64 templateId = 0; // 0 = a new template
    qint64 versionId = 0; // 0 = not stored yet
    QString name;
    int version = 0;
    QString note;
    qint64 createdAt = 0;
    QString createdBy;
    QList<ScorecardSection> sections;

    double totalPoints() const;
    int criterionCount() const;
    const ScorecardCriterion *findCriterion(qint64 id) const;
    const ScorecardCriterion *findCriterionByKey(const QString &key) const;
    /** Empty when the template can be saved and scored; otherwise a sentence naming what is wrong. */
    QString validationError() const;

    static QString scaleCode(ScaleKind scale); // "pass_fail_na", "one_to_five", "zero_to_n"
    static bool scaleFromCode(const QString &code, ScaleKind *scale);
    static QString naPolicyCode(NaPolicy policy); // "exclude", "pass"
    static bool naPolicyFromCode(const QString &code, NaPolicy *policy);
    static QString criticalCode(CriticalLevel level); // "none", "section", "review"
    static bool criticalFromCode(const QString &code, CriticalLevel *level);
};
