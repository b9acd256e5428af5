using Gongkai.Application.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Gongkai.Web.Staff;

/// <summary>
/// Puts a use case's <see cref="Error"/> on the form (ADR-004): an invalid value beside its field (the
/// form's bound model is the prefix, "Input" by default), anything else at the top of the form.
/// </summary>
internal static class FormErrors
{
    public static void Add(this ModelStateDictionary modelState, Error error, string prefix = "Input")
    {
        var field = error.Kind == ErrorKind.Invalid && error.Field is { } name ? $"{prefix}.{name}" : string.Empty;
        modelState.AddModelError(field, error.Message);
    }
}
