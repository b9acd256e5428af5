namespace Gongkai.Domain;

/// <summary>Creates <see cref="Result{T}"/> values.</summary>
public static class Result
{
    /// <summary>A success.</summary>
    public static Result<T> Success<T>(T value) => new(value, null);

    /// <summary>A refusal with a reason in Chinese.</summary>
    public static Result<T> Refused<T>(string reason) => new(default, reason);
}

/// <summary>
/// The outcome of an operation that may be refused for a reason a user understands: either a value or a
/// refusal in Chinese. Expected failures are values, not exceptions (architecture, decision 9).
/// </summary>
/// <typeparam name="T">The value on success.</typeparam>
public sealed class Result<T>
{
    private readonly T? _value;

    internal Result(T? value, string? refusal)
    {
        _value = value;
        Refusal = refusal;
    }

    /// <summary>True when the operation succeeded.</summary>
    public bool IsSuccess => Refusal is null;

    /// <summary>Why the operation was refused (Simplified Chinese, for the clerk); null on success.</summary>
    public string? Refusal { get; }

    /// <summary>The value.</summary>
    /// <exception cref="InvalidOperationException">The operation was refused.</exception>
    public T Value => IsSuccess ? _value! : throw new InvalidOperationException("The operation was refused: " + Refusal);

    /// <summary>Applies <paramref name="next"/> to the value, or passes the refusal on.</summary>
    public Result<TNext> Then<TNext>(Func<T, Result<TNext>> next) => IsSuccess ? next(_value!) : Result.Refused<TNext>(Refusal!);

    /// <summary>Maps the value, or passes the refusal on.</summary>
    public Result<TNext> Map<TNext>(Func<T, TNext> map) => IsSuccess ? Result.Success(map(_value!)) : Result.Refused<TNext>(Refusal!);

    /// <inheritdoc />
    public override string ToString() => IsSuccess ? $"Success({_value})" : $"Refused({Refusal})";
}
