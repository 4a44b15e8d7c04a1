namespace MassarDalil.Web.Areas.Manager.Editing;

/// <summary>
/// The FAQ form's structural buttons (add, remove, move). Each is a submit button whose value
/// names what to do, so they work without JavaScript; the change stays unsaved until "Save draft".
/// </summary>
public static class FaqCommand
{
    /// <summary>Applies <paramref name="command"/> to the form; returns the element to open and show, or null if it was not structural.</summary>
    public static string? Apply(FaqInput input, string command, Func<string, (string TopicKey, string TopicTitle)?> twinTopicOf)
    {
        var parts = command.Split(':');
        var topics = input.Topics;
        int At(int i) => int.TryParse(parts.ElementAtOrDefault(i), out var n) ? n : -1;
        bool ValidTopic(int t) => t >= 0 && t < topics.Count;
        bool ValidQuestion(int t, int q) => ValidTopic(t) && q >= 0 && q < topics[t].Questions.Count;
        var (t, q) = (At(1), At(2));
        switch (parts[0])
        {
            case "add-topic":
                topics.Add(new TopicInput { Key = "", Title = "", Questions = [new QuestionInput()] });
                return $"topic-{topics.Count - 1}";
            case "topic-up" when ValidTopic(t) && t > 0:
                (topics[t - 1], topics[t]) = (topics[t], topics[t - 1]);
                return $"topic-{t - 1}";
            case "topic-down" when ValidTopic(t) && t < topics.Count - 1:
                (topics[t + 1], topics[t]) = (topics[t], topics[t + 1]);
                return $"topic-{t + 1}";
            case "topic-remove" when ValidTopic(t):
                topics.RemoveAt(t);
                return "topics";
            case "add-question" when ValidTopic(t):
                topics[t].Questions.Add(new QuestionInput());
                return $"q-{t}-{topics[t].Questions.Count - 1}";
            case "question-remove" when ValidQuestion(t, q):
                topics[t].Questions.RemoveAt(q);
                return $"topic-{t}";
            case "question-up" when ValidQuestion(t, q):
                return MoveUp(topics, t, q);
            case "question-down" when ValidQuestion(t, q):
                return MoveDown(topics, t, q);
            case "add-missing" when parts.Length > 1:
                return AddMissing(topics, parts[1], twinTopicOf(parts[1]));
            default:
                return null;
        }
    }

    /// <summary>Up within the topic, or from the top of a topic to the end of the one before.</summary>
    private static string MoveUp(List<TopicInput> topics, int t, int q)
    {
        var questions = topics[t].Questions;
        if (q > 0)
        {
            (questions[q - 1], questions[q]) = (questions[q], questions[q - 1]);
            return $"q-{t}-{q - 1}";
        }
        if (t == 0)
        {
            return $"q-{t}-{q}";
        }
        var moving = questions[q];
        questions.RemoveAt(q);
        topics[t - 1].Questions.Add(moving);
        return $"q-{t - 1}-{topics[t - 1].Questions.Count - 1}";
    }

    /// <summary>Down within the topic, or from the end of a topic to the start of the next.</summary>
    private static string MoveDown(List<TopicInput> topics, int t, int q)
    {
        var questions = topics[t].Questions;
        if (q < questions.Count - 1)
        {
            (questions[q + 1], questions[q]) = (questions[q], questions[q + 1]);
            return $"q-{t}-{q + 1}";
        }
        if (t == topics.Count - 1)
        {
            return $"q-{t}-{q}";
        }
        var moving = questions[q];
        questions.RemoveAt(q);
        topics[t + 1].Questions.Insert(0, moving);
        return $"q-{t + 1}-0";
    }

    /// <summary>Adds an empty question with the key of one the other language has, in the topic with the same key.</summary>
    private static string AddMissing(List<TopicInput> topics, string key, (string TopicKey, string TopicTitle)? twinTopic)
    {
        if (topics.SelectMany(x => x.Questions).Any(x => x.Key == key))
        {
            return "missing";
        }
        var topicKey = twinTopic?.TopicKey ?? "";
        var index = topics.FindIndex(x => x.Key == topicKey);
        if (index < 0)
        {
            topics.Add(new TopicInput { Key = topicKey, Title = "" });
            index = topics.Count - 1;
        }
        topics[index].Questions.Add(new QuestionInput { Key = key });
        return $"q-{index}-{topics[index].Questions.Count - 1}";
    }
}
