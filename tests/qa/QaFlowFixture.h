#pragma once

#include "qa/store/QaReviewRepository.h"
#include "qa/store/ScorecardTemplateRepository.h"
#include "support/TestStores.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/**
 * A migrated store with the people and conversations the QA-flow suites (disputes, calibration,
 * coaching, results) share: department 91 with teams 91 (agents 7, 8) and 92 (agent 9); users 1
 * (who is agent 8), 2, 3 and 4 (QA staff, no agent); conversation i (1..8) on ticket i, handled by
 * conversationAgent(i), started kConversationStart + i days (1–6 in the week of Monday 2024-01-01,
 * 7–8 in the next).
 */
class QaFlowFixture
{
public:
    static constexpr qint64 kConversationStart = 1704067200; // 2024-01-01T00:00:00Z, a Monday
    static constexpr qint64 kDay = 24 * 60 * 60;
    static qint64 conversationAgent(qint64 conversation)
    {
        switch (conversation) {
        case 4:
        case 5:
            return 8;
        case 6:
        case 7:
            return 9;
        default:
            return 7;
        }
    }

    bool open(QString *error)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            *error = QStringLiteral("no temporary dir");
            return false;
        }
        m_store = TestStores::createStore(*m_dir, QStringLiteral("qaflow.sqlite"));
        if (!m_store) {
            *error = QStringLiteral("no store");
            return false;
        }
        db = m_store->connection();
        QStringList setup = {
            QStringLiteral("INSERT INTO departments (id, code, name) VALUES (91, 'qa-flow', 'QA flow')"),
            QStringLiteral("INSERT INTO teams (id, department_id, name, tier) VALUES (91, 91, 'A', 'L1'), "
                           "(92, 91, 'B', 'L1')"),
            QStringLiteral("INSERT INTO agents (id, name, team_id, tier, shift, hire_date) VALUES "
                           "(7, '王芳', 91, 'L1', 'morning', '2024-01-02'), (8, '李强', 91, 'L1', 'morning', "
                           "'2023-05-01'), (9, '张伟', 92, 'L1', 'morning', '2023-05-01')"),
            QStringLiteral(
                "INSERT INTO users (id, login, display_name, role, agent_id, created_at) VALUES "
                "(1, 'li', '李强', 'qa_reviewer', 8, 0), (2, 'qa', 'QA', 'qa_reviewer', NULL, 0), "
                "(3, 'qa2', 'QA 2', 'qa_reviewer', NULL, 0), (4, 'qa3', 'QA 3', 'qa_reviewer', NULL, 0)"),
        };
        for (qint64 i = 1; i <= 8; ++i) {
            const qint64 start = kConversationStart + i * kDay;
            setup.append(
                QStringLiteral("INSERT INTO tickets (id, source_system, external_id, platform, channel, "
                               "type, category, status, tier, agent_id, created_at) VALUES (%1, 'test', "
                               "'t%1', 'taobao', 'chat', 'consultation', 'product', 'resolved', 'L1', "
                               "%2, %3)")
                    .arg(i)
                    .arg(conversationAgent(i))
                    .arg(start));
            setup.append(
                QStringLiteral("INSERT INTO conversations (id, ticket_id, started_at) VALUES (%1, %1, %2)")
                    .arg(i)
                    .arg(start));
        }
        for (const QString &sql : std::as_const(setup)) {
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                *error = query.lastError().text() + QStringLiteral("\n") + sql;
                return false;
            }
        }
        return ScorecardTemplateRepository(db).load(1, &tmpl, error);
    }

    void close()
    {
        db = {};
        m_store.reset();
        m_dir.reset();
    }

    /** The store, for views and dialogs that take a ServiceContext. */
    Store &store() const { return *m_store; }

    qint64 criterion(const char *key) const { return tmpl.findCriterionByKey(QString::fromLatin1(key))->id; }

    /** Every criterion at the top of its scale except the given keys. */
    QList<ScorecardAnswer> answers(const QHash<QString, int> &overrides = {}) const
    {
        QList<ScorecardAnswer> all;
        for (const ScorecardSection &section : tmpl.sections) {
            for (const ScorecardCriterion &item : section.criteria)
                all.append(ScorecardAnswer::of(item.id, overrides.value(item.key, item.maxValue())));
        }
        return all;
    }

    /** A submitted regular review of conversation by reviewer, or 0 after failing the test. */
    qint64 submitted(qint64 conversation, const QList<ScorecardAnswer> &given, qint64 submittedAt,
                     qint64 reviewer = 2)
    {
        QaReview review;
        review.conversationId = conversation;
        review.agentId = conversationAgent(conversation);
        review.reviewerId = reviewer;
        review.templateVersionId = tmpl.versionId;
        review.createdAt = submittedAt - 60;
        QString error;
        QaReviewRepository reviews(db);
        if (!reviews.create(&review, &error) || !reviews.saveDraft(review.id, given, &error)
            || !reviews.submit(review.id, QStringLiteral("qa"), submittedAt, &error)) {
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
            return 0;
        }
        return review.id;
    }

    QSqlDatabase db;
    ScorecardTemplate tmpl;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};
