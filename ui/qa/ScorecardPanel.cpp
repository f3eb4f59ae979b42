#include "ScorecardPanel.h"

#include "TranscriptModel.h"

#include <QButtonGroup>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

ScorecardPanel::ScorecardPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scorecardPanel"));
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("scorecardTotal"));
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_total->setFont(big);
    m_critical = new QLabel(this);
    m_critical->setObjectName(QStringLiteral("scorecardCritical"));
    m_critical->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_critical->setWordWrap(true);
    m_critical->hide();
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_total);
    layout->addWidget(m_critical);
    layout->addWidget(m_scroll, 1);
    clear();
}

bool ScorecardPanel::showsChinese()
{
    return QLocale().language() == QLocale::Chinese;
}

QString ScorecardPanel::criterionTitle(const ScorecardCriterion &criterion)
{
    return showsChinese() ? criterion.titleZh : criterion.titleEn;
}

void ScorecardPanel::clear()
{
    setScorecard({}, {});
}

void ScorecardPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (Row &row : m_rows) {
        row.comment->setReadOnly(readOnly);
        for (QAbstractButton *button : row.buttons->buttons())
            button->setEnabled(!readOnly);
    }
}

void ScorecardPanel::setScorecard(const ScorecardTemplate &tmpl, const QList<ScorecardAnswer> &answers)
{
    m_template = tmpl;
    buildRows();
    for (const ScorecardAnswer &answer : answers) {
        for (Row &row : m_rows) {
            if (row.criterion->id != answer.criterionId)
                continue;
            row.answer = answer.value;
            row.comment->setText(answer.comment);
            syncButtons(row);
        }
    }
    m_current = -1;
    int first = 0;
    while (first < m_rows.size() && m_rows.at(first).answer)
        ++first;
    setCurrentCriterion(m_rows.isEmpty() ? -1 : (first < m_rows.size() ? first : 0));
    updateTotal();
}

void ScorecardPanel::buildRows()
{
    m_rows.clear();
    m_body = new QWidget;
    // The chosen value must stand out at a glance; the platform's checked tool button barely does.
    m_body->setStyleSheet(
        QStringLiteral("QToolButton { border: 1px solid #9e9e9e; border-radius: 3px; padding: 2px 9px; "
                       "background: #fafafa; }"
                       "QToolButton:checked { background: #1f5fa8; color: white; border-color: #1f5fa8; }"
                       "QToolButton:disabled:checked { background: #7f9fc4; }"));
    auto *layout = new QVBoxLayout(m_body);
    const bool zh = showsChinese();
    for (const ScorecardSection &section : m_template.sections) {
        auto *heading = new QLabel(zh ? section.titleZh : section.titleEn, m_body);
        QFont font = heading->font();
        font.setBold(true);
        heading->setFont(font);
        layout->addWidget(heading);
        for (const ScorecardCriterion &criterion : section.criteria) {
            Row row;
            row.criterion = &criterion;
            row.frame = new QFrame(m_body);
            row.frame->setObjectName(QStringLiteral("criterion_%1").arg(criterion.key));
            row.frame->setFrameShape(QFrame::StyledPanel);
            // A row keeps its natural height: squeezed to fit the scroll area, its buttons ran into
            // the comment field once a word-wrapped guidance line had been shown and hidden.
            row.frame->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
            auto *rowLayout = new QVBoxLayout(row.frame);
            QString title
                = QStringLiteral("%1  ·  %2")
                      .arg(criterionTitle(criterion), tr("%1 pts").arg(QLocale().toString(criterion.points)));
            if (criterion.critical != CriticalLevel::None)
                title += QStringLiteral("  ·  ") + tr("critical");
            auto *titleLabel = new QLabel(title, row.frame);
            const QString guidance = zh ? criterion.guidanceZh : criterion.guidanceEn;
            titleLabel->setToolTip(guidance);
            row.guidance = new QLabel(guidance, row.frame);
            row.guidance->setWordWrap(true);
            row.guidance->setStyleSheet(QStringLiteral("color: #555;"));
            row.guidance->hide();
            auto *buttonLine = new QHBoxLayout;
            row.buttons = new QButtonGroup(row.frame);
            row.buttons->setExclusive(true);
            auto addButton = [&](const QString &text, int id, const QString &tip) {
                auto *button = new QToolButton(row.frame);
                button->setText(text);
                button->setToolTip(tip);
                button->setCheckable(true);
                button->setFocusPolicy(Qt::NoFocus); // keys go to the panel, not to a button
                button->setObjectName(QStringLiteral("value_%1_%2").arg(criterion.key).arg(id));
                row.buttons->addButton(button, id);
                buttonLine->addWidget(button);
            };
            if (criterion.scale == ScaleKind::PassFailNa) {
                addButton(tr("Pass"), 1, tr("P or 1"));
                addButton(tr("Fail"), 0, tr("F or 0"));
            } else {
                for (int value = criterion.minValue(); value <= criterion.maxValue(); ++value)
                    addButton(QString::number(value), value, QString::number(value));
            }
            if (criterion.allowNa)
                addButton(tr("N/A"), NaButtonId, tr("N"));
            buttonLine->addStretch(1);
            row.suggestion = new QLabel(row.frame);
            row.suggestion->setObjectName(QStringLiteral("suggestion_%1").arg(criterion.key));
            row.suggestion->setWordWrap(true);
            row.suggestion->setStyleSheet(QStringLiteral("color: #8a4b00; font-style: italic;"));
            row.suggestion->hide();
            row.comment = new QLineEdit(row.frame);
            row.comment->setObjectName(QStringLiteral("comment_%1").arg(criterion.key));
            row.comment->setPlaceholderText(tr("Comment (C)"));
            row.comment->installEventFilter(this);
            rowLayout->addWidget(titleLabel);
            rowLayout->addWidget(row.guidance);
            rowLayout->addLayout(buttonLine);
            rowLayout->addWidget(row.suggestion);
            rowLayout->addWidget(row.comment);
            layout->addWidget(row.frame);
            const int index = int(m_rows.size());
            connect(row.buttons, &QButtonGroup::idClicked, this, [this, index](int id) {
                setCurrentCriterion(index);
                answerCurrent(id == NaButtonId ? std::nullopt : std::optional<int>(id));
            });
            connect(row.comment, &QLineEdit::textEdited, this, &ScorecardPanel::answersChanged);
            m_rows.append(row);
        }
    }
    layout->addStretch(1);
    m_scroll->setWidget(m_body); // deletes the previous body
    setReadOnly(m_readOnly);
}

void ScorecardPanel::setSuggestions(const QList<AutoQaSuggestion> &suggestions)
{
    for (const AutoQaSuggestion &suggestion : suggestions) {
        for (Row &row : m_rows) {
            if (row.criterion->id != suggestion.criterionId)
                continue;
            row.answer = std::optional<int>(suggestion.value);
            row.suggested = true;
            QStringList names;
            for (const QString &rule : suggestion.rules) {
                const QString name = TranscriptModel::ruleName(rule);
                if (!names.contains(name))
                    names.append(name);
            }
            row.suggestion->setText(
                tr("Suggested by auto-QA (%1): keep it or change it.").arg(names.join(tr(", "))));
            row.suggestion->show();
            syncButtons(row);
        }
    }
    // The reviewer looks at suggestions first: they are answers nobody has confirmed yet.
    int first = 0;
    while (first < m_rows.size() && m_rows.at(first).answer && !m_rows.at(first).suggested)
        ++first;
    m_current = -1;
    setCurrentCriterion(m_rows.isEmpty() ? -1 : (first < m_rows.size() ? first : 0));
    updateTotal();
    if (!suggestions.isEmpty())
        emit answersChanged();
}

QStringList ScorecardPanel::pendingSuggestionKeys() const
{
    QStringList keys;
    for (const Row &row : m_rows) {
        if (row.suggested)
            keys.append(row.criterion->key);
    }
    return keys;
}

QList<ScorecardAnswer> ScorecardPanel::answers() const
{
    QList<ScorecardAnswer> out;
    for (const Row &row : m_rows) {
        if (row.answer)
            out.append({ row.criterion->id, *row.answer, row.comment->text().trimmed() });
    }
    return out;
}

QStringList ScorecardPanel::unansweredTitles() const
{
    QStringList titles;
    for (const Row &row : m_rows) {
        if (!row.answer)
            titles.append(criterionTitle(*row.criterion));
    }
    return titles;
}

void ScorecardPanel::setCurrentCriterion(int index)
{
    if (index < 0 || index >= m_rows.size() || index == m_current) {
        if (m_rows.isEmpty())
            m_current = -1;
        return;
    }
    m_current = index;
    updateCurrentStyle();
    m_scroll->ensureWidgetVisible(m_rows.at(index).frame);
}

void ScorecardPanel::updateCurrentStyle()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const bool current = i == m_current;
        // Only the frame itself, so the highlight does not leak into the buttons' style.
        m_rows[i].frame->setStyleSheet(
            current ? QStringLiteral("QFrame#%1 { border: 2px solid #1f5fa8; background: #eef4fb; }")
                          .arg(m_rows.at(i).frame->objectName())
                    : QString());
        m_rows[i].guidance->setVisible(current);
    }
}

bool ScorecardPanel::answerCurrent(std::optional<int> value)
{
    if (m_readOnly || m_current < 0)
        return false;
    Row &row = m_rows[m_current];
    const ScorecardCriterion &criterion = *row.criterion;
    if (value ? (*value < criterion.minValue() || *value > criterion.maxValue()) : !criterion.allowNa) {
        syncButtons(row); // a click on nothing valid leaves the buttons as they were
        return false;
    }
    row.answer = value;
    row.suggested = false; // accepted (same value) or changed: the reviewer's answer now
    row.suggestion->hide();
    syncButtons(row);
    updateTotal();
    emit answersChanged();
    return true;
}

void ScorecardPanel::syncButtons(Row &row)
{
    if (!row.answer) {
        row.buttons->setExclusive(false);
        for (QAbstractButton *button : row.buttons->buttons())
            button->setChecked(false);
        row.buttons->setExclusive(true);
        return;
    }
    if (QAbstractButton *button = row.buttons->button(row.answer->has_value() ? **row.answer : NaButtonId))
        button->setChecked(true);
}

void ScorecardPanel::updateTotal()
{
    m_result = {};
    QString error;
    if (m_template.sections.isEmpty()) {
        m_total->setText(tr("No review open"));
        m_critical->hide();
        return;
    }
    if (!ScorecardScorer::score(m_template, answers(), &m_result, &error)) {
        m_total->setText(error);
        return;
    }
    const QString score = m_result.score ? QLocale().toString(*m_result.score, 'f', 1) : QStringLiteral("–");
    QString text = tr("Total %1  (%2 of %3 points)")
                       .arg(score, QLocale().toString(m_result.earned, 'f', 1),
                            QLocale().toString(m_result.possible, 'f', 1));
    if (!m_result.unanswered.isEmpty())
        text += QStringLiteral("  ·  ") + tr("%n unanswered", nullptr, int(m_result.unanswered.size()));
    m_total->setText(text);
    QStringList failed;
    for (const QString &key : m_result.failedCriticalKeys) {
        if (const ScorecardCriterion *criterion = m_template.findCriterionByKey(key))
            failed.append(criterionTitle(*criterion));
    }
    if (failed.isEmpty()) {
        m_critical->hide();
    } else {
        m_critical->setText(
            m_result.reviewCriticalFail
                ? tr("Critical fail: %1 — the whole review scores 0.").arg(failed.join(tr(", ")))
                : tr("Critical fail: %1 — its section scores 0.").arg(failed.join(tr(", "))));
        m_critical->show();
    }
}

void ScorecardPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier)) {
        QWidget::keyPressEvent(event); // Ctrl+… belongs to the workspace's shortcuts
        return;
    }
    const int key = event->key();
    if (key == Qt::Key_J || key == Qt::Key_Down) {
        setCurrentCriterion(m_current + 1);
    } else if (key == Qt::Key_K || key == Qt::Key_Up) {
        setCurrentCriterion(m_current - 1);
    } else if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        answerCurrent(key - Qt::Key_0);
    } else if (key == Qt::Key_P) {
        answerCurrent(1);
    } else if (key == Qt::Key_F) {
        if (m_current >= 0 && m_rows.at(m_current).criterion->scale == ScaleKind::PassFailNa)
            answerCurrent(0);
    } else if (key == Qt::Key_N) {
        answerCurrent(std::nullopt);
    } else if (key == Qt::Key_C) {
        if (m_current >= 0 && !m_readOnly)
            m_rows.at(m_current).comment->setFocus(Qt::ShortcutFocusReason);
    } else {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool ScorecardPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *keyEvent = static_cast<QKeyEvent *>(event);
        const bool plain = !(keyEvent->modifiers() & Qt::ControlModifier);
        if (plain
            && (keyEvent->key() == Qt::Key_Return || keyEvent->key() == Qt::Key_Enter
                || keyEvent->key() == Qt::Key_Escape)) {
            setFocus(Qt::OtherFocusReason); // back to scoring
            return true;
        }
    }
    if (event->type() == QEvent::FocusIn) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).comment == watched)
                setCurrentCriterion(i);
        }
    }
    return QWidget::eventFilter(watched, event);
}
