#!/usr/bin/env python3
"""Generates the typed C++ values of the DMS API from core/schema/dms-*.json.

    gen-dms-types.py SCHEMA.json OUTDIR

Writes OUTDIR/core/dmstypes.h and dmstypes.cpp (one class per definition, one enum class per
enum) and OUTDIR/core/dmsreflection.cpp (a table that copies every member of every class through
its typed accessors, used by the round-trip tests). Run by the build; the output is not committed.
"""

import json
import keyword
import os
import re
import sys

CPP_KEYWORDS = set(
    """alignas alignof and and_eq asm auto bitand bitor bool break case catch char char8_t char16_t
    char32_t class compl concept const consteval constexpr constinit const_cast continue co_await
    co_return co_yield decltype default delete do double dynamic_cast else enum explicit export extern
    false float for friend goto if inline int long mutable namespace new noexcept not not_eq nullptr
    operator or or_eq private protected public register reinterpret_cast requires return short signed
    sizeof static static_assert static_cast struct switch template this thread_local throw true try
    typedef typeid typename union unsigned using virtual void volatile wchar_t while xor xor_eq
    signals slots emit foreach forever""".split()
)
RECORD_METHODS = {"toJson", "isEmpty", "has", "value", "setValue", "remove", "as", "is", "get", "set"}


def fail(msg):
    sys.stderr.write("gen-dms-types: " + msg + "\n")
    sys.exit(1)


def upper_first(s):
    return s[:1].upper() + s[1:]


def identifier(name):
    ident = re.sub(r"[^A-Za-z0-9_]", "_", name)
    if not ident or ident[0].isdigit():
        ident = "V" + ident
    return ident


class Gen:
    def __init__(self, schema):
        self.s = schema
        self.defs = schema["definitions"]
        self.enums = schema["enums"]
        self.poly = schema["polymorphism"]

    def enum_of_ref(self, t):
        if t["type"] == "ref" and self.defs[t["ref"]].get("kind") == "enum":
            return self.defs[t["ref"]]["enum"]
        return None

    def cpp_type(self, t):
        """C++ value type of a member type."""
        k = t["type"]
        if t.get("secret"):
            return "Secret"
        if k == "string":
            return "QDateTime" if t.get("format") == "date-time" else "QString"
        if k == "integer":
            return "qint64"
        if k == "number":
            return "double"
        if k == "boolean":
            return "bool"
        if k == "object":
            return "QJsonObject"
        if k == "any":
            return "QJsonValue"
        if k == "ref":
            if self.enum_of_ref(t):
                return "QString"
            return t["ref"]
        if k == "array":
            inner = self.cpp_type(t["items"])
            return "QStringList" if inner == "QString" else "QList<%s>" % inner
        if k == "map":
            return "QMap<QString, %s>" % self.cpp_type(t["values"])
        fail("unknown type " + k)

    def is_optional_scalar(self, cpp):
        return cpp in ("qint64", "double", "bool", "QDateTime")

    def depends(self, name):
        """Definitions a class needs complete before it: its base (by value members are fine
        with forward declarations only inside templates, so members need nothing)."""
        d = self.defs[name]
        return [d["base"]] if "base" in d else []

    def ordered(self):
        order, seen = [], set()

        def visit(n):
            if n in seen:
                return
            seen.add(n)
            for dep in self.depends(n):
                visit(dep)
            order.append(n)

        for n in sorted(self.defs):
            if self.defs[n].get("kind") != "enum":
                visit(n)
        return order

    def own_members(self, name):
        """Members a class declares accessors for: its own plus its mixins' (not its base's)."""
        d = self.defs[name]
        members = dict(d.get("properties", {}))
        for m in d.get("mixins", []):
            for pname, t in self.effective(m).items():
                members.setdefault(pname, t)
        return members

    def effective(self, name):
        d = self.defs[name]
        out = {}
        if "base" in d:
            out.update(self.effective(d["base"]))
        for m in d.get("mixins", []):
            out.update(self.effective(m))
        out.update(d.get("properties", {}))
        return out

    def root_of(self, name):
        cur = name
        while "discriminator" not in self.defs[cur] and "base" in self.defs[cur]:
            cur = self.defs[cur]["base"]
        return cur if "discriminator" in self.defs[cur] else None

    def accessor(self, pname):
        ident = identifier(pname)
        ident = ident[:1].lower() + ident[1:] if ident[:1].isupper() and not ident.isupper() else ident
        if ident in CPP_KEYWORDS or ident in RECORD_METHODS:
            ident += "Member"
        return ident

    def enum_decls(self):
        out = []
        for ename, e in sorted(self.enums.items()):
            idents = []
            for v in e["values"]:
                ident = identifier(v)
                if ident in CPP_KEYWORDS:
                    ident += "_"
                base, n = ident, 2
                while ident in idents:
                    ident = "%s_%d" % (base, n)
                    n += 1
                idents.append(ident)
            out.append("/// Wire values of %s (%s enum)." % (ename, "open" if e["open"] else "closed"))
            out.append("enum class %s {" % ename)
            for ident, v in zip(idents, e["values"]):
                out.append("    %s, // %s" % (ident, json.dumps(v)))
            out.append("};")
            out.append("QString toString(%s value);" % ename)
            out.append("template <>")
            out.append("std::optional<%s> fromString<%s>(QStringView text);" % (ename, ename))
            out.append("")
            self.enum_idents = getattr(self, "enum_idents", {})
            self.enum_idents[ename] = idents
        return out

    def enum_defs(self):
        out = []
        for ename, e in sorted(self.enums.items()):
            idents = self.enum_idents[ename]
            out.append("QString toString(%s value)" % ename)
            out.append("{")
            out.append("    switch (value) {")
            for ident, v in zip(idents, e["values"]):
                out.append("    case %s::%s:" % (ename, ident))
                out.append("        return QStringLiteral(%s);" % json.dumps(v))
            out.append("    }")
            out.append("    return QString();")
            out.append("}")
            out.append("")
            out.append("template <>")
            out.append("std::optional<%s> fromString<%s>(QStringView text)" % (ename, ename))
            out.append("{")
            for ident, v in zip(idents, e["values"]):
                out.append("    if (text == QLatin1String(%s))" % json.dumps(v))
                out.append("        return %s::%s;" % (ename, ident))
            out.append("    return std::nullopt;")
            out.append("}")
            out.append("")
        return out

    def member_enum(self, t):
        return t.get("enum") or self.enum_of_ref(t)

    def class_decl(self, name):
        d = self.defs[name]
        base = d.get("base", "Record")
        out = ["/// %s of API version %s." % (name, self.s["apiVersion"])]
        out.append("class %s : public %s" % (name, base))
        out.append("{")
        out.append("public:")
        out.append('    static constexpr QLatin1String kDefinition{"%s"};' % name)
        root = self.root_of(name)
        if root and root != name:
            member = self.poly[root]["member"]
            value = d.get("discriminatorValue", name)
            out.append('    static constexpr QLatin1String kDiscriminatorMember{"%s"};' % member)
            out.append("    static constexpr QLatin1String kDiscriminatorValue{%s};" % json.dumps(value))
            out.append("    %s();" % name)
        else:
            out.append("    %s() = default;" % name)
        out.append("    explicit %s(QJsonObject json)" % name)
        out.append("        : %s(std::move(json))" % base)
        out.append("    {")
        out.append("    }")
        for pname, t in sorted(self.own_members(name).items()):
            cpp = self.cpp_type(t)
            acc = self.accessor(pname)
            ret = "std::optional<%s>" % cpp if self.is_optional_scalar(cpp) else cpp
            arg = cpp if cpp in ("qint64", "double", "bool") else "const %s &" % cpp
            out.append("")
            out.append("    %s %s() const;" % (ret, acc))
            out.append("    void set%s(%s value);" % (upper_first(acc), arg))
            en = self.member_enum(t)
            if en and t["type"] != "array":
                out.append("    std::optional<%s> %sValue() const;" % (en, acc))
                out.append("    void set%s(%s value);" % (upper_first(acc), en))
        out.append("};")
        out.append("")
        return out

    def class_def(self, name):
        d = self.defs[name]
        out = []
        root = self.root_of(name)
        if root and root != name:
            out.append("%s::%s()" % (name, name))
            out.append("{")
            out.append("    setValue(QString(kDiscriminatorMember), QString(kDiscriminatorValue));")
            out.append("}")
            out.append("")
        for pname, t in sorted(self.own_members(name).items()):
            cpp = self.cpp_type(t)
            acc = self.accessor(pname)
            key = 'QLatin1String("%s")' % pname
            if self.is_optional_scalar(cpp):
                out.append("std::optional<%s> %s::%s() const" % (cpp, name, acc))
                out.append("{")
                out.append("    return get<%s>(%s);" % (cpp, key))
            else:
                out.append("%s %s::%s() const" % (cpp, name, acc))
                out.append("{")
                out.append("    return get<%s>(%s).value_or(%s{});" % (cpp, key, cpp))
            out.append("}")
            arg = cpp if cpp in ("qint64", "double", "bool") else "const %s &" % cpp
            out.append("void %s::set%s(%s value)" % (name, upper_first(acc), arg))
            out.append("{")
            out.append("    set<%s>(%s, value);" % (cpp, key))
            out.append("}")
            en = self.member_enum(t)
            if en and t["type"] != "array":
                out.append("std::optional<%s> %s::%sValue() const" % (en, name, acc))
                out.append("{")
                out.append("    const auto text = get<QString>(%s);" % key)
                out.append("    return text ? fromString<%s>(*text) : std::nullopt;" % en)
                out.append("}")
                out.append("void %s::set%s(%s value)" % (name, upper_first(acc), en))
                out.append("{")
                out.append("    set<QString>(%s, toString(value));" % key)
                out.append("}")
            out.append("")
        return out

    def header(self):
        order = self.ordered()
        out = [
            "// Generated by scripts/gen-dms-types.py from core/schema; do not edit.",
            "#pragma once",
            "",
            "#include <QDateTime>",
            "#include <QJsonObject>",
            "#include <QLatin1String>",
            "#include <QList>",
            "#include <QMap>",
            "#include <QString>",
            "#include <QStringList>",
            "#include <QStringView>",
            "",
            "#include <optional>",
            "",
            '#include "core/record.h"',
            '#include "core/secret.h"',
            "",
            "namespace godwit::core::dms {",
            "",
            'inline constexpr QLatin1String kApiVersion{"%s"};' % self.s["apiVersion"],
            "",
            "/// Parses a wire value of an enum; nullopt for values this build does not know.",
            "template <class E>",
            "std::optional<E> fromString(QStringView text);",
            "",
        ]
        out += self.enum_decls()
        for name in order:
            out.append("class %s;" % name)
        out.append("")
        for name in order:
            out += self.class_decl(name)
        out.append("} // namespace godwit::core::dms")
        out.append("")
        return "\n".join(out)

    def source(self):
        out = [
            "// Generated by scripts/gen-dms-types.py from core/schema; do not edit.",
            '#include "core/dmstypes.h"',
            "",
            "namespace godwit::core::dms {",
            "",
        ]
        out += self.enum_defs()
        for name in self.ordered():
            out += self.class_def(name)
        out.append("} // namespace godwit::core::dms")
        out.append("")
        return "\n".join(out)

    def reflection(self):
        out = [
            "// Generated by scripts/gen-dms-types.py from core/schema; do not edit.",
            '#include "dmsreflection.h"',
            "",
            '#include "core/dmstypes.h"',
            "",
            "namespace godwit::core::dms {",
            "",
            "namespace {",
            "",
        ]
        names = self.ordered()
        for name in names:
            out.append("QJsonObject copy%s(const QJsonObject &json)" % name)
            out.append("{")
            out.append("    const %s in(json);" % name)
            out.append("    %s out;" % name)
            root = self.root_of(name)
            if root:
                member = self.poly[root]["member"]
                out.append('    if (json.contains(QLatin1String("%s")))' % member)
                out.append('        out.setValue(QStringLiteral("%s"), json.value(QLatin1String("%s")));' % (member, member))
                out.append("    else")
                out.append('        out.remove(QLatin1String("%s"));' % member)
            for pname, t in sorted(self.effective(name).items()):
                cpp = self.cpp_type(t)
                acc = self.accessor(pname)
                key = 'QLatin1String("%s")' % pname
                out.append('    if (in.has(%s) && !in.value(%s).isNull())' % (key, key))
                if self.is_optional_scalar(cpp):
                    out.append("        out.set%s(*in.%s());" % (upper_first(acc), acc))
                else:
                    out.append("        out.set%s(in.%s());" % (upper_first(acc), acc))
            out.append("    return out.toJson();")
            out.append("}")
            out.append("")
        out.append("} // namespace")
        out.append("")
        out.append("const QHash<QString, CopyThroughAccessors> &accessorCopiers()")
        out.append("{")
        out.append("    static const QHash<QString, CopyThroughAccessors> table = {")
        for name in names:
            out.append('        {QStringLiteral("%s"), &copy%s},' % (name, name))
        out.append("    };")
        out.append("    return table;")
        out.append("}")
        out.append("")
        out.append("} // namespace godwit::core::dms")
        out.append("")
        return "\n".join(out)


def write_if_changed(path, text):
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    if len(sys.argv) != 3:
        fail("usage: gen-dms-types.py SCHEMA.json OUTDIR")
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    g = Gen(schema)
    outdir = os.path.join(sys.argv[2], "core")
    os.makedirs(outdir, exist_ok=True)
    header = g.header()
    write_if_changed(os.path.join(outdir, "dmstypes.h"), header)
    write_if_changed(os.path.join(outdir, "dmstypes.cpp"), g.source())
    write_if_changed(os.path.join(outdir, "dmsreflection.cpp"), g.reflection())


if __name__ == "__main__":
    main()
