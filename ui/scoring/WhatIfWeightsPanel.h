#pragma once

#include "scoring/RankingInputs.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QPushButton;
class ServiceContext;

/**
 * The what-if side of the Agents & Rankings view: the weight profile that ranked the period, one
 * weight spin box per KPI. A change re-ranks the prepared inputs at once with RankingCalculator (no
 * store access; ~0.5 ms at 10M tickets, so on the UI thread) and says so: the ranking is a what-if
 * until it is saved. "Edit profile…" opens the full editor (WeightProfileDialog); "Save as new
 * version" stores every edited profile through RankingService::saveProfileVersion on a worker thread,
 * always as a new version, so a version a closed period used is never changed in place.
 *
 * Threading: UI thread; the save runs through runStoreTask.
 */
class WhatIfWeightsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WhatIfWeightsPanel(const ServiceContext &context, QWidget *parent = nullptr);

    /** The period's prepared inputs and stored profiles; keeps unsaved edits of the same versions. */
    void setInputs(const RankingInputs &inputs, const ProfileSet &profiles);
    /** No ranking to play with (a platform filter, an error): says why. */
    void clear(const QString &reason);

    bool isReady() const { return m_ready; }
    bool isWhatIf() const;
    bool isSaving() const { return m_saving; }
    const ProfileSet &storedProfiles() const { return m_stored; }
    const ProfileSet &workingProfiles() const { return m_working; }
    /** The ranking under the working profiles (valid while isReady()). */
    const Ranking &ranking() const { return m_ranking; }
    QDoubleSpinBox *weightSpinBox(const QString &kpi) const { return m_spins.value(kpi); }

signals:
    /** The working weights changed (or were reset): the table shows ranking() when whatIf. */
    void rankingChanged(bool whatIf);
    /** Edited profiles were stored; id and version of the profile being edited. */
    void profileSaved(qint64 id, int version);

public slots:
    void reset();
    void editProfile();
    void saveAsNewVersion();

private:
    struct SaveResult
    {
        bool ok = false;
        QString error;
        QList<WeightProfile> saved;
    };

    WeightProfile *currentProfile();
    void rebuildRows();
    void reRank();
    void updateState();
    QList<int> changedProfiles() const;

    const ServiceContext &m_context;
    QLabel *m_title = nullptr;
    QComboBox *m_variant = nullptr;
    QWidget *m_rowsHost = nullptr;
    QGridLayout *m_rows = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_locked = nullptr;
    QLabel *m_validation = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_save = nullptr;
    QHash<QString, QDoubleSpinBox *> m_spins;

    RankingInputs m_inputs;
    ProfileSet m_stored;
    ProfileSet m_working;
    Ranking m_ranking;
    bool m_ready = false;
    bool m_saving = false;
};
