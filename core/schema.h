#pragma once

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace godwit::core {

/// The facts-only schema of the DMS API (generated from the swagger, compiled in as a resource).
class Schema final
{
public:
    enum class Kind { String, Integer, Number, Boolean, Object, Any, Array, Map, Ref };

    /// The type of one member (or of array items / map values).
    struct Type
    {
        Kind kind = Kind::Any;
        QString format;                      // "date-time", "int64", ...
        QString enumName;                    // set when the string is an enum
        QString ref;                         // definition name for Kind::Ref
        std::shared_ptr<const Type> element; // items of an Array, values of a Map
        bool readOnly = false;
        bool declaredAsString = false; // a map the swagger declares as a string
        bool acceptsSingle = false;    // an array the swagger declares with a sibling $ref
        QString secret;                // "", "omit" or "uriCredentials"
        QJsonValue defaultValue;
    };

    struct Property
    {
        QString name;
        Type type;
        bool required = false;
        QString owner; // the definition that declares it
    };

    struct Definition
    {
        QString name;
        QString base;
        QStringList mixins;
        QString discriminator;      // member name when this definition roots a hierarchy
        QString discriminatorValue; // wire value of this subtype (defaults to its name)
        QString enumName;           // for a definition that is itself an enum
        QList<Property> properties; // declared here only
        QStringList required;
    };

    struct Enum
    {
        QString name;
        QStringList values;
        bool open = true;
    };

    struct Operation
    {
        QString operationId;
        QString method;
        QString path;
        QStringList queryParameters;
        QString body;
        QHash<QString, QString> responses; // status code or "default" -> definition ("" = no body)
        bool longRunning = false;
        QString nextLinkName;
    };

    /// The schema of the API version this build speaks.
    static const Schema &instance();

    /// Loads a schema document; returns nullptr and sets error when it is malformed.
    static std::unique_ptr<Schema> fromJson(const QByteArray &json, QString *error);

    QString apiVersion() const { return m_apiVersion; }

    const Definition *definition(const QString &name) const;
    const Enum *enumeration(const QString &name) const;
    QStringList definitionNames() const;
    QStringList enumNames() const;
    const QList<Operation> &operations() const { return m_operations; }

    /// Every member of a definition, inherited and mixed-in ones first.
    const QList<Property> &effectiveProperties(const QString &name) const;
    const Property *effectiveProperty(const QString &definition, const QString &member) const;

    /// The discriminator member that applies to a definition (own or inherited), or empty.
    QString discriminatorOf(const QString &name) const;
    /// The wire value that selects a definition under its hierarchy.
    QString discriminatorValueOf(const QString &name) const;
    /// The subtype of base (or base itself) selected by a discriminator value, if any.
    std::optional<QString> resolveSubtype(const QString &base, const QString &value) const;
    /// The known discriminator values under a definition (its own subtypes only).
    QStringList subtypeValues(const QString &base) const;
    bool derivesFrom(const QString &name, const QString &ancestor) const;

    /// The ProjectTaskProperties subtype of a task type, e.g. "GetUserTablesPostgreSql".
    std::optional<QString> taskPropertiesFor(const QString &taskType) const;
    QStringList taskTypes() const;
    QStringList commandTypes() const;

    /// Names of members that carry secrets anywhere in the API (password, appKey, sasUri...).
    QStringList secretMemberNames() const { return m_secretNames; }

private:
    Schema() = default;

    QString m_apiVersion;
    QHash<QString, Definition> m_definitions;
    QHash<QString, Enum> m_enums;
    QHash<QString, QHash<QString, QString>> m_polymorphism; // root -> value -> definition
    QList<Operation> m_operations;
    QStringList m_secretNames;
    QHash<QString, QList<Property>> m_effective; // computed once: the schema is immutable and shared
};

QString kindName(Schema::Kind kind);

} // namespace godwit::core
