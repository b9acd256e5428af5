namespace Gongkai.Domain.Calendars;

/// <summary>
/// A run of consecutive days off that contains at least one listed holiday, adjoining weekend days included:
/// "春节 2020-01-24 至 2020-02-02".
/// </summary>
/// <param name="First">The first day off.</param>
/// <param name="Last">The last day off.</param>
/// <param name="Name">The holiday's name as the notice heads it, e.g. 春节, 国庆节、中秋节.</param>
public sealed record HolidayPeriod(DateOnly First, DateOnly Last, string Name);
