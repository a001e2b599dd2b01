using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace LpipEvidence.Web.FrontDoor;

/// <summary>
/// Query-string values read into typed records, by the rules minimal APIs bind <c>[AsParameters]</c> records with
/// (whole numbers as <see cref="NumberStyles.Integer"/> in the invariant culture, <see cref="bool.TryParse(string, out bool)"/>;
/// an empty value is text, but neither a number nor a flag), then checked by the records' own validation attributes. The API gets both steps from
/// the framework (binding, then <c>AddValidation</c>); a page reads its address with <see cref="Bind{T}"/>, so it
/// accepts exactly the addresses the API does, with the same messages. Errors are keyed by the parameter's name in
/// the query (<see cref="FromQueryAttribute.Name"/>), never by the C# property.
/// </summary>
public static class QueryText
{
    /// <summary>One parameter of a query record: its name in the query, the property it fills and the rules on it.</summary>
    public sealed record Parameter(string Name, string Property, Type Type, IReadOnlyList<ValidationAttribute> Rules)
    {
        internal static Parameter Of(ICustomAttributeProvider member, string property, Type type)
        {
            var name = member.GetCustomAttributes(typeof(FromQueryAttribute), inherit: true).OfType<FromQueryAttribute>().FirstOrDefault()?.Name ?? property;
            if (!IsSupported(type)) throw new NotSupportedException($"The query parameter {name} is a {type}: only text, whole numbers and true/false are read from a query.");
            return new Parameter(name, property, type, member.GetCustomAttributes(typeof(ValidationAttribute), inherit: true).OfType<ValidationAttribute>().ToList());
        }

        /// <summary>Reads <paramref name="text"/>; false, with the message for a value that is not one, when it does not convert.</summary>
        public bool TryConvert(string? text, out object? value, out string? message)
        {
            message = null;
            if (QueryText.TryConvert(text, Type, out value)) return true;
            // A number's range says what is accepted ("page must be a whole number from 1 to 1000."), so a value that is
            // not a number gets the same message as one out of range.
            message = Rules.OfType<RangeAttribute>().FirstOrDefault()?.FormatErrorMessage(Name)
                ?? (Underlying(Type) == typeof(bool) ? $"{Name} must be true or false." : $"{Name} must be a whole number.");
            return false;
        }

        /// <summary>The messages of the rules <paramref name="value"/> breaks; <paramref name="required"/> false skips <see cref="RequiredAttribute"/>.</summary>
        public IEnumerable<string> Check(object? value, bool required = true)
        {
            var context = new ValidationContext(this) { MemberName = Property, DisplayName = Name };
            foreach (var rule in Rules)
            {
                if (!required && rule is RequiredAttribute) continue;
                if (rule.GetValidationResult(value, context) is { ErrorMessage: { } message }) yield return message;
            }
        }
    }

    private static readonly ConcurrentDictionary<Type, (ConstructorInfo Constructor, Parameter[] Parameters)> Records = new();

    /// <summary>The query parameters of record <typeparamref name="T"/>, in the order of its primary constructor.</summary>
    public static IReadOnlyList<Parameter> ParametersOf<T>() => Shape(typeof(T)).Parameters;

    /// <summary>
    /// Reads record <typeparamref name="T"/> from <paramref name="valueOf"/> (a parameter's text by its query name, null
    /// when absent), then checks it. Null with one message per bad parameter when anything is wrong. A page that
    /// treats a missing value as "not asked yet" passes <paramref name="required"/> false.
    /// </summary>
    public static (T? Value, Dictionary<string, string[]> Errors) Bind<T>(Func<string, string?> valueOf, bool required = true) where T : class
    {
        ArgumentNullException.ThrowIfNull(valueOf);
        var (constructor, parameters) = Shape(typeof(T));
        var values = new object?[parameters.Length];
        var errors = Read(parameters, valueOf, values, required);
        return (errors.Count == 0 ? (T)constructor.Invoke(values) : null, errors);
    }

    /// <summary>
    /// Converts and checks each of <paramref name="parameters"/> (their text from <paramref name="valueOf"/>) into
    /// <paramref name="values"/>: one message per bad parameter, none when all are good.
    /// </summary>
    public static Dictionary<string, string[]> Read(IReadOnlyList<Parameter> parameters, Func<string, string?> valueOf, object?[] values, bool required = true)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(valueOf);
        ArgumentNullException.ThrowIfNull(values);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var i = 0; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            if (!parameter.TryConvert(valueOf(parameter.Name), out values[i], out var message))
            {
                errors[parameter.Name] = [message!];
                continue;
            }
            var broken = parameter.Check(values[i], required).ToArray();
            if (broken.Length > 0) errors[parameter.Name] = broken;
        }
        return errors;
    }

    /// <summary>Whether a query value (null when absent) converts to <paramref name="type"/>, as minimal APIs bind it.</summary>
    public static bool TryConvert(string? text, Type type, out object? value)
    {
        value = null;
        var target = Underlying(type);
        if (target == typeof(string))
        {
            value = text;
            return true;
        }
        // Absent is fine when the record allows it; present but empty is not a number or a flag (the framework refuses it too).
        if (text is null) return type != target;
        if (target == typeof(int) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)) value = number;
        else if (target == typeof(bool) && bool.TryParse(text, out var flag)) value = flag;
        return value is not null;
    }

    private static bool IsSupported(Type type) => Underlying(type) is var t && (t == typeof(string) || t == typeof(int) || t == typeof(bool));

    private static Type Underlying(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    private static (ConstructorInfo Constructor, Parameter[] Parameters) Shape(Type record) => Records.GetOrAdd(record, static type =>
    {
        // A record's primary constructor: the one whose parameters are all properties of the same name.
        var constructor = type.GetConstructors().Single(c => c.GetParameters().Length > 0 && c.GetParameters().All(p => type.GetProperty(p.Name!) is not null));
        var parameters = constructor.GetParameters()
            .Select(p => type.GetProperty(p.Name!)!)
            .Select(p => Parameter.Of(p, p.Name, p.PropertyType))
            .ToArray();
        return (constructor, parameters);
    });
}
