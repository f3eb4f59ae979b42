#pragma once

#include "TemplateDocument.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;

/**
 * The template editor's form for one node: a section's titles, or a criterion's titles, key,
 * points, scale, N/A policy, critical level and guidance in both languages; below it, the
 * template's validation. Each change is an edit of the TemplateDocument; typing in one field
 * merges into one undo step until the user leaves the field or another node is shown.
 */
class TemplateNodeForm : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateNodeForm(TemplateDocument *document, QWidget *parent = nullptr);

    /** Shows node's values (a section, a criterion, or a hint for none) without recording edits. */
    void showNode(TemplateNode node);
    /** Shows whether the template can be saved, or what is wrong with it. */
    void showValidation();
    /** Puts the cursor in the criterion's title in the workstation's language, selected. */
    void focusTitle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Field {
        SectionTitleZh,
        SectionTitleEn,
        Key,
        TitleZh,
        TitleEn,
        GuidanceZh,
        GuidanceEn,
        Points,
        Scale,
        ScaleMax,
        AllowNa,
        NaPolicy,
        Critical,
    };
    enum Page { EmptyPage, SectionPage, CriterionPage };

    QWidget *createSectionPage();
    QWidget *createCriterionPage();
    void connectEdits();
    /** Records a user edit of one field of the shown node; typing in one field merges. */
    void editField(Field field, const QString &text, const std::function<void(ScorecardSection &)> &onSection,
                   const std::function<void(ScorecardCriterion &)> &onCriterion);

    TemplateDocument *m_document;
    TemplateNode m_node;
    int m_editSession = 0; // bumped when focus or the node moves, so only uninterrupted typing merges

    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_sectionTitleZh = nullptr;
    QLineEdit *m_sectionTitleEn = nullptr;
    QLabel *m_sectionPoints = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_titleZh = nullptr;
    QLineEdit *m_titleEn = nullptr;
    QDoubleSpinBox *m_points = nullptr;
    QComboBox *m_scale = nullptr;
    QSpinBox *m_scaleMax = nullptr;
    QCheckBox *m_allowNa = nullptr;
    QComboBox *m_naPolicy = nullptr;
    QComboBox *m_critical = nullptr;
    QPlainTextEdit *m_guidanceZh = nullptr;
    QPlainTextEdit *m_guidanceEn = nullptr;
    QLabel *m_validation = nullptr;
};
