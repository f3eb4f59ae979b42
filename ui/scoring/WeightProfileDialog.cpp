#include "WeightProfileDialog.h"

#include "domain/Vocabulary.h"
#include "kpi/KpiCatalogue.h"
#include "kpi/KpiFormat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

/** A spin box for a stored value shown in the KPI's on-screen unit. */
QDoubleSpinBox *valueSpin(const QString &kpi, double stored, QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    const double scale = WeightProfileDialog::displayScale(kpi);
    const KpiFormat::Unit unit = KpiFormat::unitOf(kpi);
    spin->setRange(0, unit == KpiFormat::Unit::Share ? 100 : unit == KpiFormat::Unit::Seconds ? 86400 : 1e6);
    spin->setDecimals(unit == KpiFormat::Unit::Seconds ? 0 : 2);
    spin->setSuffix(WeightProfileDialog::unitSuffix(kpi));
    spin->setValue(stored * scale);
    spin->setFrame(false);
    return spin;
}

} // namespace

double WeightProfileDialog::displayScale(const QString &kpi)
{
    return KpiFormat::unitOf(kpi) == KpiFormat::Unit::Share ? 100.0 : 1.0;
}

QString WeightProfileDialog::unitSuffix(const QString &kpi)
{
    switch (KpiFormat::unitOf(kpi)) {
    case KpiFormat::Unit::Share:
        return QStringLiteral(" %");
    case KpiFormat::Unit::Seconds:
        return tr(" s", "seconds");
    default:
        return {};
    }
}

WeightProfileDialog::WeightProfileDialog(const WeightProfile &profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
{
    setObjectName(QStringLiteral("weightProfileDialog"));
    setWindowTitle(tr("Weight profile"));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(m_profile.name, this);
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    form->addRow(tr("&Name:"), m_name);
    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("profilePlatformComboBox"));
    m_platform->addItem(tr("General (every platform)"), QString());
    for (Platform platform : Vocabulary::all<Platform>())
        m_platform->addItem(Vocabulary::displayName(platform), Vocabulary::code(platform));
    m_platform->setCurrentIndex(qMax(0, m_platform->findData(m_profile.platform)));
    form->addRow(tr("&Platform variant:"), m_platform);
    auto *version = new QLabel(
        m_profile.id > 0 ? tr("Edits version %1; saving creates a new version.").arg(m_profile.version)
                         : tr("Not saved yet."),
        this);
    form->addRow(QString(), version);
    layout->addLayout(form);

    m_kpiTable = new QTableWidget(0, 5, this);
    m_kpiTable->setObjectName(QStringLiteral("profileKpiTable"));
    m_kpiTable->setHorizontalHeaderLabels({ tr("KPI"), tr("Weight"), tr("Target"), tr("Method"), tr("Cap") });
    m_kpiTable->horizontalHeaderItem(TargetColumn)
        ->setToolTip(tr("The profile's own target; team standards and agent overrides take precedence."));
    m_kpiTable->horizontalHeaderItem(CapColumn)->setToolTip(
        tr("Capped attainment: doing better than target earns at most this share of 100 points."));
    m_kpiTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_kpiTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_kpiTable->verticalHeader()->hide();
    m_kpiTable->horizontalHeader()->setSectionResizeMode(KpiNameColumn, QHeaderView::Stretch);
    m_kpiTable->setMinimumHeight(280); // the default profile's seven KPIs without scrolling
    layout->addWidget(m_kpiTable, 3);

    auto *kpiButtons = new QHBoxLayout;
    m_addKpi = new QComboBox(this);
    m_addKpi->setObjectName(QStringLiteral("addKpiComboBox"));
    m_addKpiButton = new QPushButton(tr("Add KPI"), this);
    m_addKpiButton->setObjectName(QStringLiteral("addKpiButton"));
    m_removeKpiButton = new QPushButton(tr("Remove KPI"), this);
    m_removeKpiButton->setObjectName(QStringLiteral("removeKpiButton"));
    kpiButtons->addWidget(m_addKpi, 1);
    kpiButtons->addWidget(m_addKpiButton);
    kpiButtons->addStretch();
    kpiButtons->addWidget(m_removeKpiButton);
    layout->addLayout(kpiButtons);

    m_bandGroup = new QGroupBox(this);
    m_bandGroup->setObjectName(QStringLiteral("bandGroup"));
    auto *bandLayout = new QVBoxLayout(m_bandGroup);
    auto *bandHint = new QLabel(tr("An actual at or better than a threshold earns its points (the best band "
                                   "that applies); below every threshold earns 0."),
                                m_bandGroup);
    bandHint->setWordWrap(true);
    bandLayout->addWidget(bandHint);
    m_bandTable = new QTableWidget(0, 2, m_bandGroup);
    m_bandTable->setObjectName(QStringLiteral("bandTable"));
    m_bandTable->setHorizontalHeaderLabels({ tr("Threshold"), tr("Points") });
    m_bandTable->verticalHeader()->hide();
    m_bandTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_bandTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_bandTable->setMaximumHeight(190);
    bandLayout->addWidget(m_bandTable);
    auto *bandButtons = new QHBoxLayout;
    m_addBandButton = new QPushButton(tr("Add band"), m_bandGroup);
    m_addBandButton->setObjectName(QStringLiteral("addBandButton"));
    m_removeBandButton = new QPushButton(tr("Remove band"), m_bandGroup);
    m_removeBandButton->setObjectName(QStringLiteral("removeBandButton"));
    bandButtons->addWidget(m_addBandButton);
    bandButtons->addWidget(m_removeBandButton);
    bandButtons->addStretch();
    bandLayout->addLayout(bandButtons);
    layout->addWidget(m_bandGroup);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("profileTotalLabel"));
    m_validation = new QLabel(this);
    m_validation->setObjectName(QStringLiteral("profileValidationLabel"));
    m_validation->setWordWrap(true);
    layout->addWidget(m_total);
    layout->addWidget(m_validation);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Use for what-if"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("profileApplyButton"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(tr("Re-rank the table with this profile; save it from the what-if panel."));
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_profile.name = text.trimmed();
        validate();
    });
    connect(m_platform, &QComboBox::currentIndexChanged, this, [this] {
        m_profile.platform = m_platform->currentData().toString();
        validate();
    });
    connect(m_kpiTable, &QTableWidget::currentCellChanged, this, [this] { rebuildBands(); });
    connect(m_addKpiButton, &QPushButton::clicked, this, [this] {
        const QString key = m_addKpi->currentData().toString();
        if (key.isEmpty())
            return;
        KpiWeight weight;
        weight.kpi = key;
        m_profile.kpis.append(weight);
        rebuildKpis();
        m_kpiTable->setCurrentCell(int(m_profile.kpis.size()) - 1, KpiNameColumn);
    });
    connect(m_removeKpiButton, &QPushButton::clicked, this, [this] {
        const int row = m_kpiTable->currentRow();
        if (row < 0 || row >= m_profile.kpis.size())
            return;
        m_profile.kpis.removeAt(row);
        rebuildKpis();
        m_kpiTable->setCurrentCell(qMin(row, int(m_profile.kpis.size()) - 1), KpiNameColumn);
    });
    connect(m_addBandButton, &QPushButton::clicked, this, [this] {
        KpiWeight *weight = currentKpi();
        if (!weight)
            return;
        // A new band starts below the lowest one, worth fewer points, so the table stays ordered.
        ScoreBand band;
        if (!weight->bands.isEmpty()) {
            band.threshold = weight->bands.constLast().threshold;
            band.points = qMax(0.0, weight->bands.constLast().points - 20);
        } else {
            band.threshold = weight->target;
            band.points = 100;
        }
        weight->bands.append(band);
        rebuildBands();
        validate();
    });
    connect(m_removeBandButton, &QPushButton::clicked, this, [this] {
        KpiWeight *weight = currentKpi();
        if (!weight || weight->bands.isEmpty())
            return;
        const int row = m_bandTable->currentRow();
        weight->bands.removeAt(row >= 0 && row < weight->bands.size() ? row : weight->bands.size() - 1);
        rebuildBands();
        validate();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    rebuildKpis();
    if (!m_profile.kpis.isEmpty())
        m_kpiTable->setCurrentCell(0, KpiNameColumn);
    resize(760, 760);
}

KpiWeight *WeightProfileDialog::currentKpi()
{
    const int row = m_kpiTable->currentRow();
    return row >= 0 && row < m_profile.kpis.size() ? &m_profile.kpis[row] : nullptr;
}

void WeightProfileDialog::rebuildKpis()
{
    const QSignalBlocker blocker(m_kpiTable);
    m_kpiTable->clearContents();
    m_kpiTable->setRowCount(int(m_profile.kpis.size()));
    for (int row = 0; row < m_profile.kpis.size(); ++row) {
        const KpiWeight &weight = m_profile.kpis.at(row);
        auto *name = new QTableWidgetItem(KpiFormat::title(weight.kpi));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        name->setData(Qt::UserRole, weight.kpi);
        if (const KpiDefinition *definition = KpiCatalogue::find(KpiCatalogue::kpiOf(weight.kpi)))
            name->setToolTip(KpiCatalogue::tr(definition->definition));
        m_kpiTable->setItem(row, KpiNameColumn, name);

        auto *weightSpin = new QDoubleSpinBox(m_kpiTable);
        weightSpin->setObjectName(QStringLiteral("profileWeightSpin_") + weight.kpi);
        weightSpin->setRange(0, 100);
        weightSpin->setDecimals(2);
        weightSpin->setSuffix(QStringLiteral(" %"));
        weightSpin->setFrame(false);
        weightSpin->setValue(weight.weight);
        connect(weightSpin, &QDoubleSpinBox::valueChanged, this, [this, row](double value) {
            m_profile.kpis[row].weight = value;
            validate();
        });
        m_kpiTable->setCellWidget(row, WeightColumn, weightSpin);

        auto *target = valueSpin(weight.kpi, weight.target, m_kpiTable);
        target->setObjectName(QStringLiteral("profileTargetSpin_") + weight.kpi);
        connect(target, &QDoubleSpinBox::valueChanged, this, [this, row](double value) {
            m_profile.kpis[row].target = value / displayScale(m_profile.kpis.at(row).kpi);
            validate();
        });
        m_kpiTable->setCellWidget(row, TargetColumn, target);

        auto *method = new QComboBox(m_kpiTable);
        method->setObjectName(QStringLiteral("profileMethodComboBox_") + weight.kpi);
        method->addItem(tr("Capped attainment"), WeightProfile::methodCode(ScoringMethod::CappedAttainment));
        method->addItem(tr("Band table"), WeightProfile::methodCode(ScoringMethod::Bands));
        method->setCurrentIndex(weight.method == ScoringMethod::Bands ? 1 : 0);
        connect(method, &QComboBox::currentIndexChanged, this, [this, row, method] {
            ScoringMethod chosen = ScoringMethod::CappedAttainment;
            WeightProfile::methodFromCode(method->currentData().toString(), &chosen);
            KpiWeight &edited = m_profile.kpis[row];
            edited.method = chosen;
            if (chosen == ScoringMethod::Bands && edited.bands.isEmpty() && edited.target > 0)
                edited.bands.append({ edited.target, 100 }); // a start the lead extends
            if (QWidget *cap = m_kpiTable->cellWidget(row, CapColumn))
                cap->setEnabled(chosen == ScoringMethod::CappedAttainment);
            m_kpiTable->setCurrentCell(row, KpiNameColumn);
            rebuildBands();
            validate();
        });
        m_kpiTable->setCellWidget(row, MethodColumn, method);

        auto *cap = new QDoubleSpinBox(m_kpiTable);
        cap->setObjectName(QStringLiteral("profileCapSpin_") + weight.kpi);
        cap->setRange(100, 300);
        cap->setDecimals(0);
        cap->setSingleStep(5);
        cap->setSuffix(QStringLiteral(" %"));
        cap->setFrame(false);
        cap->setValue(weight.cap * 100);
        cap->setEnabled(weight.method == ScoringMethod::CappedAttainment);
        connect(cap, &QDoubleSpinBox::valueChanged, this, [this, row](double value) {
            m_profile.kpis[row].cap = value / 100;
            validate();
        });
        m_kpiTable->setCellWidget(row, CapColumn, cap);
    }
    m_kpiTable->resizeColumnToContents(MethodColumn);
    refreshAddable();
    rebuildBands();
    validate();
}

void WeightProfileDialog::rebuildBands()
{
    const QSignalBlocker blocker(m_bandTable);
    m_bandTable->clearContents();
    const KpiWeight *weight = currentKpi();
    const bool bands = weight && weight->method == ScoringMethod::Bands;
    m_bandGroup->setEnabled(bands);
    m_bandGroup->setTitle(weight ? tr("Band table of %1").arg(KpiFormat::title(weight->kpi))
                                 : tr("Band table"));
    m_bandTable->setRowCount(bands ? int(weight->bands.size()) : 0);
    if (!bands)
        return;
    const QString kpi = weight->kpi;
    const int kpiRow = m_kpiTable->currentRow();
    for (int row = 0; row < weight->bands.size(); ++row) {
        auto *threshold = valueSpin(kpi, weight->bands.at(row).threshold, m_bandTable);
        threshold->setObjectName(QStringLiteral("bandThresholdSpin_%1").arg(row));
        connect(threshold, &QDoubleSpinBox::valueChanged, this, [this, kpiRow, row, kpi](double value) {
            m_profile.kpis[kpiRow].bands[row].threshold = value / displayScale(kpi);
            validate();
        });
        m_bandTable->setCellWidget(row, 0, threshold);
        auto *points = new QDoubleSpinBox(m_bandTable);
        points->setObjectName(QStringLiteral("bandPointsSpin_%1").arg(row));
        points->setRange(0, 100);
        points->setDecimals(0);
        points->setFrame(false);
        points->setValue(weight->bands.at(row).points);
        connect(points, &QDoubleSpinBox::valueChanged, this, [this, kpiRow, row](double value) {
            m_profile.kpis[kpiRow].bands[row].points = value;
            validate();
        });
        m_bandTable->setCellWidget(row, 1, points);
    }
}

void WeightProfileDialog::refreshAddable()
{
    m_addKpi->clear();
    for (const QString &key : KpiCatalogue::figureKeys()) {
        const KpiDefinition *definition = KpiCatalogue::find(KpiCatalogue::kpiOf(key));
        if (m_profile.find(key) || (definition && definition->teamsOnly))
            continue; // agents are ranked: a teams-only figure cannot score one
        m_addKpi->addItem(KpiFormat::title(key), key);
    }
    m_addKpiButton->setEnabled(m_addKpi->count() > 0);
}

void WeightProfileDialog::validate()
{
    m_removeKpiButton->setEnabled(!m_profile.kpis.isEmpty());
    m_total->setText(tr("Total weight: %1%").arg(QLocale().toString(m_profile.totalWeight(), 'f', 2)));
    const QString error = m_profile.validationError();
    m_validation->setText(error.isEmpty() ? tr("The profile is valid and can be saved as a new version.")
                                          : error);
    m_validation->setStyleSheet(error.isEmpty() ? QStringLiteral("color: #1e6b2e;")
                                                : QStringLiteral("color: #b3261e;"));
}
