#pragma once

#include <QDate>
#include <QtGlobal>

/** What the demo generator builds. Same options (including endDate) and seed give the same data. */
struct DemoDataOptions
{
    int agents = 60;
    int days = 90;
    quint64 seed = 20261111;
    qint64 tickets = 0; // 0 = derive from agents × days × a realistic per-agent daily volume
    QDate endDate; // the last day of the period (team time zone); invalid = yesterday
    double conversationShare = 0.7; // share of all tickets that carry a conversation (chat, social, email)
};
