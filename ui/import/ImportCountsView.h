#pragma once

#include "store/ImportWriter.h"

#include <QWidget>

class QLabel;

/**
 * The counts of a dry run or an import as a compact grid of captions and numbers. The agents,
 * teams and time row is shown only after a real import (setShowCreated).
 */
class ImportCountsView : public QWidget
{
    Q_OBJECT

public:
    explicit ImportCountsView(QWidget *parent = nullptr);

    void setCounts(const ImportCounts &counts, double seconds);
    void setShowCreated(bool show);
    void clear();

private:
    QLabel *addCount(int row, int column, const QString &caption, const QString &name,
                     QList<QWidget *> *group = nullptr);

    QLabel *m_read = nullptr;
    QLabel *m_inserted = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_unchanged = nullptr;
    QLabel *m_rejected = nullptr;
    QLabel *m_skipped = nullptr;
    QLabel *m_agents = nullptr;
    QLabel *m_teams = nullptr;
    QLabel *m_time = nullptr;
    QList<QWidget *> m_createdRow;
};
