#pragma once

#include "scoring/WeightProfile.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

/**
 * The weight-profile editor (考核方案): name, platform variant, and per KPI its weight, the profile's
 * target and how it scores (capped attainment with its cap, or a band table of threshold → points
 * rows); KPIs can be added and removed. WeightProfile::validationError() is shown as the lead types.
 * It edits a copy: accepting hands profile() to the what-if panel, which re-ranks with it and saves
 * it as a new version (never in place). Shares are entered in percent, durations in seconds.
 *
 * Threading: UI thread; no store access.
 */
class WeightProfileDialog : public QDialog
{
    Q_OBJECT

public:
    enum KpiColumn { KpiNameColumn, WeightColumn, TargetColumn, MethodColumn, CapColumn };

    explicit WeightProfileDialog(const WeightProfile &profile, QWidget *parent = nullptr);

    WeightProfile profile() const { return m_profile; }
    QTableWidget *kpiTable() const { return m_kpiTable; }
    QTableWidget *bandTable() const { return m_bandTable; }

    /** What one stored unit of a KPI is on screen: 100 for shares (entered in %), else 1. */
    static double displayScale(const QString &kpi);
    static QString unitSuffix(const QString &kpi);

private:
    void rebuildKpis();
    void rebuildBands();
    void refreshAddable();
    void validate();
    KpiWeight *currentKpi();

    WeightProfile m_profile;
    QLineEdit *m_name = nullptr;
    QComboBox *m_platform = nullptr;
    QTableWidget *m_kpiTable = nullptr;
    QComboBox *m_addKpi = nullptr;
    QPushButton *m_addKpiButton = nullptr;
    QPushButton *m_removeKpiButton = nullptr;
    QGroupBox *m_bandGroup = nullptr;
    QTableWidget *m_bandTable = nullptr;
    QPushButton *m_addBandButton = nullptr;
    QPushButton *m_removeBandButton = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_validation = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
