#include "WhatIfWeightsPanel.h"

#include "WeightProfileDialog.h"
#include "domain/Vocabulary.h"
#include "kpi/KpiFormat.h"
#include "kpi/StoreTask.h"
#include "scoring/RankingService.h"
#include "services/ServiceContext.h"

#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

bool sameWeight(const KpiWeight &a, const KpiWeight &b)
{
    if (a.kpi != b.kpi || a.weight != b.weight || a.target != b.target || a.method != b.method
        || a.cap != b.cap || a.bands.size() != b.bands.size())
        return false;
    for (qsizetype i = 0; i < a.bands.size(); ++i) {
        if (a.bands.at(i).threshold != b.bands.at(i).threshold
            || a.bands.at(i).points != b.bands.at(i).points)
            return false;
    }
    return true;
}

/** Whether two versions score alike (what a save would change); ids and audit fields aside. */
bool sameProfile(const WeightProfile &a, const WeightProfile &b)
{
    if (a.name != b.name || a.platform != b.platform || a.kpis.size() != b.kpis.size())
        return false;
    for (qsizetype i = 0; i < a.kpis.size(); ++i) {
        if (!sameWeight(a.kpis.at(i), b.kpis.at(i)))
            return false;
    }
    return true;
}

QList<qint64> idsOf(const ProfileSet &set)
{
    QList<qint64> ids;
    for (const WeightProfile &profile : set.profiles)
        ids.append(profile.id);
    return ids;
}

QString variantName(const WeightProfile &profile)
{
    if (profile.platform.isEmpty())
        return WhatIfWeightsPanel::tr("%1 v%2 (all platforms)").arg(profile.name).arg(profile.version);
    const std::optional<Platform> platform = Vocabulary::fromCode<Platform>(profile.platform);
    return WhatIfWeightsPanel::tr("%1 v%2 (%3)")
        .arg(profile.name)
        .arg(profile.version)
        .arg(platform ? Vocabulary::displayName(*platform) : profile.platform);
}

} // namespace

WhatIfWeightsPanel::WhatIfWeightsPanel(const ServiceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("whatIfWeightsPanel"));
    auto *layout = new QVBoxLayout(this);

    m_title = new QLabel(tr("<b>What-if weights</b>"), this);
    layout->addWidget(m_title);
    m_variant = new QComboBox(this);
    m_variant->setObjectName(QStringLiteral("whatIfVariantComboBox"));
    m_variant->setToolTip(tr("The profile version to edit: the general one or a platform variant."));
    layout->addWidget(m_variant);

    m_rowsHost = new QWidget(this);
    m_rows = new QGridLayout(m_rowsHost);
    m_rows->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_rowsHost);
    layout->addWidget(scroll, 1);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("whatIfTotalLabel"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("whatIfStateLabel"));
    m_state->setWordWrap(true);
    m_locked = new QLabel(this);
    m_locked->setObjectName(QStringLiteral("whatIfLockedLabel"));
    m_locked->setWordWrap(true);
    m_validation = new QLabel(this);
    m_validation->setObjectName(QStringLiteral("whatIfValidationLabel"));
    m_validation->setWordWrap(true);
    m_validation->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("whatIfResultLabel"));
    m_result->setWordWrap(true);
    for (QLabel *label : { m_total, m_state, m_locked, m_validation, m_result })
        layout->addWidget(label);

    auto *buttons = new QHBoxLayout;
    m_reset = new QPushButton(tr("Reset"), this);
    m_reset->setObjectName(QStringLiteral("whatIfResetButton"));
    m_reset->setToolTip(tr("Back to the stored profile."));
    m_edit = new QPushButton(tr("Edit profile…"), this);
    m_edit->setObjectName(QStringLiteral("whatIfEditButton"));
    buttons->addWidget(m_reset);
    buttons->addWidget(m_edit);
    layout->addLayout(buttons);
    m_save = new QPushButton(tr("Save as new version"), this);
    m_save->setObjectName(QStringLiteral("whatIfSaveButton"));
    layout->addWidget(m_save);

    connect(m_variant, &QComboBox::currentIndexChanged, this, [this] {
        rebuildRows();
        updateState();
    });
    connect(m_reset, &QPushButton::clicked, this, &WhatIfWeightsPanel::reset);
    connect(m_edit, &QPushButton::clicked, this, &WhatIfWeightsPanel::editProfile);
    connect(m_save, &QPushButton::clicked, this, &WhatIfWeightsPanel::saveAsNewVersion);
    clear(tr("Waiting for the ranking…"));
}

void WhatIfWeightsPanel::setInputs(const RankingInputs &inputs, const ProfileSet &profiles)
{
    // Another period under the same stored versions keeps the lead's unsaved edits.
    const bool keepEdits = m_ready && idsOf(profiles) == idsOf(m_stored);
    m_inputs = inputs;
    m_stored = profiles;
    if (!keepEdits)
        m_working = profiles;
    m_ready = true;
    const int current = keepEdits ? m_variant->currentIndex() : 0;
    {
        const QSignalBlocker blocker(m_variant);
        m_variant->clear();
        for (const WeightProfile &profile : std::as_const(m_working.profiles))
            m_variant->addItem(variantName(profile));
        m_variant->setCurrentIndex(qBound(0, current, int(m_working.profiles.size()) - 1));
    }
    m_variant->setVisible(m_working.profiles.size() > 1);
    rebuildRows();
    reRank();
}

void WhatIfWeightsPanel::clear(const QString &reason)
{
    m_ready = false;
    m_title->setText(tr("<b>What-if weights</b>"));
    m_inputs = {};
    m_stored = {};
    m_working = {};
    m_ranking = {};
    m_variant->clear();
    m_variant->hide();
    rebuildRows();
    m_total->clear();
    m_state->setText(reason);
    m_locked->clear();
    m_validation->clear();
    m_reset->setEnabled(false);
    m_edit->setEnabled(false);
    m_save->setEnabled(false);
}

bool WhatIfWeightsPanel::isWhatIf() const
{
    return m_ready && !changedProfiles().isEmpty();
}

QList<int> WhatIfWeightsPanel::changedProfiles() const
{
    QList<int> changed;
    for (int i = 0; i < m_working.profiles.size(); ++i) {
        if (i >= m_stored.profiles.size() || !sameProfile(m_working.profiles.at(i), m_stored.profiles.at(i)))
            changed.append(i);
    }
    return changed;
}

WeightProfile *WhatIfWeightsPanel::currentProfile()
{
    const int i = m_variant->currentIndex();
    if (!m_ready || m_working.profiles.isEmpty())
        return nullptr;
    return &m_working.profiles[qBound(0, i, int(m_working.profiles.size()) - 1)];
}

void WhatIfWeightsPanel::rebuildRows()
{
    for (QDoubleSpinBox *spin : std::as_const(m_spins))
        spin->disconnect(this);
    m_spins.clear();
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const WeightProfile *profile = currentProfile();
    if (!profile)
        return;
    int row = 0;
    for (const KpiWeight &weight : profile->kpis) {
        auto *label = new QLabel(KpiFormat::title(weight.kpi), m_rowsHost);
        auto *spin = new QDoubleSpinBox(m_rowsHost);
        spin->setObjectName(QStringLiteral("weightSpin_") + weight.kpi);
        spin->setRange(0, 100);
        spin->setDecimals(2);
        spin->setSingleStep(1);
        spin->setSuffix(QStringLiteral(" %"));
        spin->setValue(weight.weight);
        spin->setAccessibleName(tr("Weight of %1").arg(KpiFormat::title(weight.kpi)));
        label->setBuddy(spin);
        m_rows->addWidget(label, row, 0);
        m_rows->addWidget(spin, row, 1);
        m_spins.insert(weight.kpi, spin);
        const QString kpi = weight.kpi;
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, kpi](double value) {
            WeightProfile *edited = currentProfile();
            if (!edited)
                return;
            for (KpiWeight &entry : edited->kpis) {
                if (entry.kpi == kpi)
                    entry.weight = value;
            }
            reRank();
        });
        ++row;
    }
    m_rows->setRowStretch(row, 1);
}

void WhatIfWeightsPanel::reRank()
{
    if (!m_ready)
        return;
    m_ranking = RankingCalculator::rank(m_inputs, m_working);
    updateState();
    emit rankingChanged(isWhatIf());
}

void WhatIfWeightsPanel::updateState()
{
    const WeightProfile *profile = currentProfile();
    if (!profile)
        return;
    const bool whatIf = isWhatIf();
    m_title->setText(tr("<b>What-if weights</b> · %1").arg(variantName(*profile).toHtmlEscaped()));
    m_total->setText(tr("Total weight: %1% (must be 100 to save)")
                         .arg(QLocale().toString(profile->totalWeight(), 'f', 2)));
    m_state->setText(whatIf ? tr("<b>What-if, not saved</b>: the table ranks under these weights.")
                            : tr("The stored profile ranks the table."));
    m_state->setStyleSheet(whatIf ? QStringLiteral("color: #8a5300;") : QString());
    const WeightProfile *stored = nullptr;
    const int i = m_variant->currentIndex();
    if (i >= 0 && i < m_stored.profiles.size())
        stored = &m_stored.profiles.at(i);
    m_locked->setText(stored && stored->locked
                          ? tr("Version %1 is locked: a closed period used it. Saving creates a new version.")
                                .arg(stored->version)
                          : QString());
    QString error;
    for (int changed : changedProfiles()) {
        error = m_working.profiles.at(changed).validationError();
        if (!error.isEmpty())
            break;
    }
    m_validation->setText(error);
    // Empty notes take no room, so the buttons stay under the figures that matter.
    for (QLabel *label : { m_locked, m_validation, m_result })
        label->setVisible(!label->text().isEmpty());
    m_reset->setEnabled(whatIf && !m_saving);
    m_edit->setEnabled(!m_saving);
    m_save->setEnabled(whatIf && error.isEmpty() && !m_saving);
}

void WhatIfWeightsPanel::reset()
{
    if (!m_ready)
        return;
    m_working = m_stored;
    const int current = m_variant->currentIndex();
    {
        const QSignalBlocker blocker(m_variant);
        m_variant->clear();
        for (const WeightProfile &profile : std::as_const(m_working.profiles))
            m_variant->addItem(variantName(profile));
        m_variant->setCurrentIndex(qBound(0, current, int(m_working.profiles.size()) - 1));
    }
    m_variant->setVisible(m_working.profiles.size() > 1);
    m_result->clear();
    rebuildRows();
    reRank();
}

void WhatIfWeightsPanel::editProfile()
{
    const WeightProfile *profile = currentProfile();
    if (!profile)
        return;
    auto *dialog = new WeightProfileDialog(*profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const int index = m_variant->currentIndex();
    connect(dialog, &QDialog::accepted, this, [this, dialog, index] {
        if (!m_ready || index < 0 || index >= m_working.profiles.size())
            return;
        WeightProfile edited = dialog->profile();
        const WeightProfile &before = m_working.profiles.at(index);
        if (edited.platform != before.platform) {
            // Another platform is another profile: a new variant next to the one it started from.
            edited.id = 0;
            edited.version = 0;
            edited.locked = false;
            m_working.profiles.append(edited);
            m_variant->addItem(variantName(edited));
            m_variant->setVisible(true);
            m_variant->setCurrentIndex(int(m_working.profiles.size()) - 1);
            m_result->setText(tr("A new platform variant ranks the table once it is saved and the "
                                 "period is computed again."));
        } else {
            m_working.profiles[index] = edited;
            m_variant->setItemText(index, variantName(edited));
        }
        rebuildRows();
        reRank();
    });
    dialog->open();
}

void WhatIfWeightsPanel::saveAsNewVersion()
{
    if (!isWhatIf() || m_saving)
        return;
    const QList<int> changed = changedProfiles();
    QList<WeightProfile> toSave;
    for (int i : changed) {
        const WeightProfile &profile = m_working.profiles.at(i);
        if (const QString error = profile.validationError(); !error.isEmpty()) {
            m_validation->setText(error); // the button is disabled then; a shortcut must not bypass it
            return;
        }
        toSave.append(profile);
    }
    m_saving = true;
    m_result->setText(tr("Saving…"));
    updateState();
    const QString actor = m_context.user().login;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    runStoreTask(
        this, m_context.store(),
        [toSave, actor, now](QSqlDatabase db) {
            SaveResult result;
            RankingService service(db);
            for (WeightProfile profile : toSave) {
                if (!service.saveProfileVersion(&profile, actor, now, &result.error))
                    return result;
                result.saved.append(profile);
            }
            result.ok = true;
            return result;
        },
        [this, changed](const SaveResult &result) {
            m_saving = false;
            if (!result.ok) {
                m_result->setText(tr("Could not save: %1").arg(result.error));
                updateState();
                return;
            }
            QStringList versions;
            for (int i = 0; i < result.saved.size() && i < changed.size(); ++i) {
                m_working.profiles[changed.at(i)] = result.saved.at(i);
                versions << variantName(result.saved.at(i));
            }
            m_stored = m_working;
            for (int i = 0; i < m_working.profiles.size(); ++i)
                m_variant->setItemText(i, variantName(m_working.profiles.at(i)));
            m_result->setText(tr("Saved as new version: %1.").arg(versions.join(QStringLiteral(", "))));
            updateState();
            // The table keeps this ranking (it is the saved one now) until the view computes the
            // period again from the store.
            const WeightProfile *current = currentProfile();
            if (current)
                emit profileSaved(current->id, current->version);
        });
}
