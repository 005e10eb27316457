using System;
using System.Linq;
using System.Security.Cryptography;
using Consumer;
using PrivacyAnalyzers;

var order = new Order("SO202311250001", "13812345678", new DateTimeOffset(2023, 11, 25, 8, 0, 0, TimeSpan.Zero));
var customer = new Customer { Name = "Alice", Email = "alice@example.com", LastIp = "192.168.1.23", Visits = 3 };
var key = new PseudonymKey("consumer-test", RandomNumberGenerator.GetBytes(32));

Console.WriteLine(Usage.Describe(order, customer, key));
var account = new Account { Id = 7, Phone = "13812345678" };
Console.WriteLine("Account.ToString: " + account);
Console.WriteLine("Account.Mask: " + account.Mask().Phone);
Console.WriteLine("Inventory: " + string.Join(",", PersonalDataInventory.For(typeof(Order).Assembly).Select(type => type.Type.Name).OrderBy(name => name, StringComparer.Ordinal)));
