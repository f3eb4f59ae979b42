#pragma once

#include <QSet>
#include <QString>

class DemoRandom;

/** A generated person: the Chinese name the team writes and its pinyin. */
struct DemoPersonName
{
    QString name; // e.g. 王芳
    QString englishName; // e.g. Wang Fang
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
