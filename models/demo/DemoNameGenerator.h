#pragma once

#include <QSet>
#include <QString>

class DemoRandom;

/** A generated person: the Chinese name the team writes, its pinyin, and a short nickname. */
struct DemoPersonName
{
    QString name; // e.g. 王芳
    QString englishName; // e.g. Wang Fang
    QString nickname; // e.g. 小芳, used for platform sub-accounts
};

/**
 * Chinese names with their pinyin, drawn from common surnames and given-name characters. Names
 * stay unique within one generator so people in the demo organisation can be told apart.
 */
class DemoNameGenerator
{
public:
    DemoPersonName next(DemoRandom &random);

private:
    QSet<QString> m_used;
};
