#pragma once

#include "DemoRows.h"

#include <QByteArray>

#include <vector>

class DemoRandom;

/**
 * Writes the transcript of a ticket: the customer's opening at created_at, an optional bot
 * auto-reply (marked 【自动回复】), the first agent message exactly at first_response_at, then an
 * exchange with realistic gaps and the occasional long customer wait, ending by the ticket's
 * resolution (a system message at resolved_at) or, for open tickets, by the end of the period.
 * Texts come from templates per ticket type, mostly Chinese, partly English on the own shop.
 */
class DemoConversationSynthesizer
{
public:
    explicit DemoConversationSynthesizer(qint64 asOfEpoch);

    /** Fills messages (4–12) for the ticket; agentNickname is how the agent signs (e.g. 小芳). */
    void synthesize(const DemoTicketRow &ticket, const QByteArray &agentNickname, DemoRandom &random,
                    std::vector<DemoMessageRow> *messages) const;

private:
    qint64 m_asOf;
};
