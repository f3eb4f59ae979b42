#include "XlsxTestFiles.h"

#include <quazip.h>
#include <quazipfile.h>

namespace XlsxTestFiles {

bool writeZip(const QString &path, const Parts &parts)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (auto part = parts.cbegin(); part != parts.cend(); ++part) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(part.key())))
            return false;
        file.write(part.value());
        file.close();
        if (file.getZipError() != ZIP_OK)
            return false;
    }
    zip.close();
    return zip.getZipError() == ZIP_OK;
}

QByteArray sheetXml(const QByteArray &rows)
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<dimension ref="A1:F7"/><sheetData>)"
        + rows + "</sheetData></worksheet>";
}

Parts workbookParts(bool date1904)
{
    Parts parts;
    parts[QStringLiteral("[Content_Types].xml")] = R"(<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
</Types>)";
    parts[QStringLiteral("_rels/.rels")] = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>)";
    parts[QStringLiteral("xl/workbook.xml")] = QByteArray(R"(<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<workbookPr)")
        + (date1904 ? R"( date1904="1")" : "") + R"(/><sheets>
<sheet name="Tickets" sheetId="1" r:id="rId1"/>
<sheet name="客服" sheetId="2" r:id="rId2"/>
</sheets></workbook>)";
    parts[QStringLiteral("xl/_rels/workbook.xml.rels")] = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>)";
    // Shared strings 0–5: header; 6, 7: Chinese; 8: hostile; 9: rich text with a phonetic run.
    parts[QStringLiteral("xl/sharedStrings.xml")] = R"(<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="10" uniqueCount="10">
<si><t>id</t></si><si><t>category</t></si><si><t>created</t></si><si><t>score</t></si>
<si><t>ok</t></si><si><t>note</t></si><si><t>投诉</t></si><si><t>物流</t></si>
<si><t>=cmd|' /C calc'!A0</t></si>
<si><r><rPr><b/></rPr><t xml:space="preserve">Hello </t></r><r><t>World</t></r><rPh sb="0" eb="1"><t>ハロー</t></rPh></si>
</sst>)";
    // cellXfs: 0 General, 1 built-in date (14), 2 custom date, 3 custom number with a quoted "d".
    // cellStyleXfs holds a date format too, which must not shift the cellXfs indexes.
    parts[QStringLiteral("xl/styles.xml")] = R"(<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\ hh:mm"/><numFmt numFmtId="165" formatCode="0.00&quot; d&quot;"/></numFmts>
<cellStyleXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" xfId="0" applyNumberFormat="1"/></cellXfs>
</styleSheet>)";
    parts[QStringLiteral("xl/worksheets/sheet1.xml")] = sheetXml(R"(
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>
<row r="2"><c r="A2"><v>1001</v></c><c r="B2" t="s"><v>6</v></c><c r="C2" s="1"><v>45292.5</v></c><c r="D2" t="n"><v>4.5</v></c><c r="E2" t="b"><v>1</v></c><c r="F2" t="s"><v>8</v></c></row>
<row r="3"><c r="A3"><v>1002</v></c><c r="B3" t="inlineStr"><is><t>物流</t></is></c><c r="C3" s="2"><v>44927.75</v></c><c r="D3" t="str"><f>CONCAT("a","b")</f><v>ab</v></c><c r="E3" t="b"><v>0</v></c><c r="F3" t="e"><v>#N/A</v></c></row>
<row r="5"><c r="A5"><v>1003</v></c><c r="C5" s="3"><v>12.5</v></c><c r="F5" t="s"><v>9</v></c></row>
<row r="6"><c r="A6" s="1"/><c r="B6" s="2"/></row>
<row r="7"><c r="A7" t="inlineStr"><is><t>=HYPERLINK("http://x")</t></is></c><c r="B7" t="inlineStr"><is><t xml:space="preserve">  padded  </t></is></c></row>
)");
    parts[QStringLiteral("xl/worksheets/sheet2.xml")] = sheetXml(R"(
<row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c><c r="B1" t="inlineStr"><is><t>hired</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>张三</t></is></c><c r="B2" s="1"><v>1</v></c></row>
<row r="3"><c t="inlineStr"><is><t>李四</t></is></c><c s="1"><v>61</v></c></row>
<row r="4"><c r="A4" t="inlineStr"><is><t>王五</t></is></c><c r="B4" s="1"><v>60</v></c></row>
)");
    return parts;
}

} // namespace XlsxTestFiles
